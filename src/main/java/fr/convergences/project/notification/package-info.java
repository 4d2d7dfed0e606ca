/**
 * Closing the loop: everyone behind a contribution that a motion, an action or an indicator answers (directly or
 * through a convergence), and everyone who follows one of them, is told what became of it: motion decided, the
 * agency's reply, action started, done or abandoned, indicator published. Each event is recorded in the
 * notification outbox in the transaction that decides it (one row, whatever the number of people), and the audiences
 * below are worked out later by the outbox's background job. A motion's decision is found by a sweep, so that the
 * motion feature did not have to change. Nothing here is null unless marked {@code @Nullable} (checked by
 * NullAway at compile time).
 */
@NullMarked
package fr.convergences.project.notification;

import org.jspecify.annotations.NullMarked;
