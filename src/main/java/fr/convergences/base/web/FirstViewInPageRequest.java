package fr.convergences.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * Vaadin builds the first view while answering the page's own request (its "eager server load"), so that the status
 * the navigation chooses (404 for an unknown or malformed id, from the error views) is the HTTP status that crawlers,
 * link checkers and monitoring see, instead of 200 for every address (issues 15 and 18); it also saves the page one
 * round trip. Except for the return from an identity provider: that view signs in, which gives the browser a new
 * session id, and it keeps Vaadin's usual two-step start, where the page's session is settled before the view runs.
 */
@Singleton
public class FirstViewInPageRequest implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> {
            String path = request.getPathInfo();
            return path == null || !path.startsWith("/oidc/");
        });
    }
}
