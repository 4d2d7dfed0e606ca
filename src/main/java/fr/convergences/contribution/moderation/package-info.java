/**
 * Moderation of contributions and comments: reports and the queue, hiding and restoring, redacting a passage
 * (the reader sees a notice, the author the reason), appeals, suspensions, the participation charter, and the
 * policies deciding who may still take part. Each decision is audited.
 */
@NullMarked
package fr.convergences.contribution.moderation;

import org.jspecify.annotations.NullMarked;
