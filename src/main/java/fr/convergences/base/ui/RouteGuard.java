package fr.convergences.base.ui;

/**
 * Whether the current person may open a route. The layout asks it to show only the menu entries
 * the person can use; the identity feature implements it, with the same permission component that
 * guards the services, and also refuses navigation to a forbidden route.
 */
public interface RouteGuard {

    boolean canEnter(Class<?> routeTarget);
}
