package fr.convergences.base.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Answers HTTP 404 for a page address that no route serves (issue 17: unknown addresses answered 200). Vaadin serves
 * its bootstrap page for any address and shows the not-found view only once the browser has started the UI, so the
 * status the view asks for never reaches the first response: crawlers, link checkers and monitoring saw 200. The page
 * itself is still Vaadin's, so a person sees the platform's own not-found page with its navigation.
 */
final class UnknownRouteFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer && isPageRequest(http)
                && !routed(http)) {
            answer.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    /** A browser asking for a page: not Vaadin's own traffic, not the API, not a file. */
    private static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !path.startsWith("/VAADIN/") && !path.startsWith("/api/") && !path.startsWith("/frontend/")
                && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean routed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(1);
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return routes.getNavigationTarget(path).isPresent();
    }
}
