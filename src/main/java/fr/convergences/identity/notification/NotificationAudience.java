package fr.convergences.identity.notification;

import java.util.Collection;

/**
 * Who is to be told of an event, worked out by the feature that knows (a motion's voters, the people behind what an
 * action answers…). The outbox asks it from a background job, never in the request that recorded the event, so an
 * audience may be large; the same account returned twice is told once.
 */
public interface NotificationAudience {

    /** The name recorded with each outbox job; it must stay stable while jobs naming it may wait. */
    String name();

    Collection<Long> accounts(long subjectId);
}
