/**
 * Telling people what happened: follows, in-app notifications, e-mails and the daily digest. Every feature records
 * what to send in the {@code NotificationOutbox} within its own transaction, so a notice leaves only if the change it
 * reports was committed; {@code OutboxDelivery} sends it once, from whichever node claims it.
 */
@NullMarked
package fr.convergences.identity.notification;

import org.jspecify.annotations.NullMarked;
