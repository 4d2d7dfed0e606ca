/**
 * Sending e-mail, by SMTP or to the log in demo mode. Callers go through the notification outbox rather than here, so
 * that a mail leaves only after the change it reports was committed.
 */
@NullMarked
package fr.convergences.base.mail;

import org.jspecify.annotations.NullMarked;
