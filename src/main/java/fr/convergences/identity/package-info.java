/**
 * Who is acting and what they may do: accounts, sign-in (password, with progressive delays rather than lock-outs),
 * sessions, profiles and personal data, council roles, and {@code Permissions}, the one place every service asks
 * before acting. Rate limits on what residents send also live here, because they are keyed on the account.
 */
@NullMarked
package fr.convergences.identity;

import org.jspecify.annotations.NullMarked;
