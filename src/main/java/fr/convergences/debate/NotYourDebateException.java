package fr.convergences.debate;

import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;

/** An organiser acting on another organiser's debate: refused, and told why (council admins act on all). */
class NotYourDebateException extends AccessDeniedException {

    NotYourDebateException(Action action) {
        super(action, "debate.notYours");
    }
}
