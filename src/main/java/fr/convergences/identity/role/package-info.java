/**
 * Granting and withdrawing council roles (administrator, moderator, secretariat...). Each grant is audited, so this
 * sits beside identity's core rather than in it (the audit log reads the core's actors and permissions).
 */
@NullMarked
package fr.convergences.identity.role;

import org.jspecify.annotations.NullMarked;
