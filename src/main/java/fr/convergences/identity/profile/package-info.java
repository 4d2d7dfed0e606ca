/**
 * A person's own account, as they see and change it: name, language, commune, password, their personal data
 * downloaded. Each change is audited, so this sits beside identity's core rather than in it (the audit log reads the
 * core's actors and permissions).
 */
@NullMarked
package fr.convergences.identity.profile;

import org.jspecify.annotations.NullMarked;
