package fr.convergences.debate;

import java.util.Optional;

/**
 * What the person may do with a debate now (the page mirrors it; each use case checks again): edit it and manage
 * its registrations and outcome (its organiser, or a council admin), approve or cancel it (moderators), register.
 */
public record DebateTools(
        boolean canEdit,
        boolean canManage,
        boolean canModerate,
        boolean canCancel,
        boolean canRegister,
        Optional<Registration> ownRegistration) {}
