/**
 * The command line: {@code serve} and the commands each feature adds ({@code verify-session}, {@code verify-audit},
 * ...), with exit codes that say what went wrong, never a stack trace.
 */
package fr.convergences.base.cli;
