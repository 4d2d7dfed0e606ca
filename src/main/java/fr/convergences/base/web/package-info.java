/**
 * The embedded web server and what guards every request before a view runs: security headers, session lifetimes and
 * the bound on visitors' sessions, the client's address as seen through trusted proxies, the public address mail
 * links are built from, and HTTP 404 for addresses nothing serves.
 */
@NullMarked
package fr.convergences.base.web;

import org.jspecify.annotations.NullMarked;
