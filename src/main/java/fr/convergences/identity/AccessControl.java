package fr.convergences.identity;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.convergences.base.ui.RouteGuard;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Guards navigation with the route annotations ({@link RequiresSignIn}, {@link RequiresPlatformAdmin})
 * and tells the layout which menu entries to show. Council-scoped pages check their council
 * themselves with {@link Permissions}; services check again whatever the page did.
 */
@Singleton
public class AccessControl implements RouteGuard, VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Permissions permissions;

    public AccessControl(CurrentUser currentUser, Permissions permissions) {
        this.currentUser = currentUser;
        this.permissions = permissions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    @Override
    public boolean canEnter(Class<?> routeTarget) {
        if (routeTarget.isAnnotationPresent(RequiresPlatformAdmin.class)) {
            return permissions.isPlatformAdmin(currentUser.actor());
        }
        if (routeTarget.isAnnotationPresent(RequiresSignIn.class)) {
            return currentUser.account().isPresent();
        }
        return true;
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (canEnter(target)) {
            return;
        }
        if (!currentUser.actor().isAuthenticated()) {
            String back = "/" + event.getLocation().getPathWithQueryParameters();
            event.forwardTo("connexion", QueryParameters.simple(Map.of(LoginView.RETURN_PARAMETER, back)));
        } else {
            event.rerouteToError(new AccessDeniedException(), "");
        }
    }
}
