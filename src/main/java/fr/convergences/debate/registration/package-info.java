/**
 * Registering for a debate: the use cases (register, confirm by e-mailed link, cancel, register someone at the
 * door), the organiser's list and door list, reminders, and the erasure of registrants' data after the debate.
 * The registration records, the waiting list and the messages stay in the debate core: a debate's own change
 * (cancelled, capacity raised) moves registrations in the same transaction.
 */
@NullMarked
package fr.convergences.debate.registration;

import org.jspecify.annotations.NullMarked;
