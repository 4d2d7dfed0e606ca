/**
 * Secrets the platform makes and keeps: e-mailed tokens, stored only as hashes, and the key files that never enter the
 * database.
 */
@NullMarked
package fr.convergences.base.security;

import org.jspecify.annotations.NullMarked;
