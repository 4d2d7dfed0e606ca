/**
 * The discussion under a contribution: supports and comments (for, against, neutral), with their lifecycle and
 * the moderation notices readers see in their place. Comments themselves are stored by the contribution core,
 * because moderation acts on them too.
 */
@NullMarked
package fr.convergences.contribution.discussion;

import org.jspecify.annotations.NullMarked;
