/**
 * The command line: {@code serve} and the commands each feature adds ({@code verify-session}, {@code verify-audit},
 * ...), with exit codes that say what went wrong, never a stack trace.
 */
@NullMarked
package fr.convergences.base.cli;

import org.jspecify.annotations.NullMarked;
