package fr.convergences.base.web;

import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Whether the id or slug in a page's address names something a visitor may see, asked before the page is served so
 * that an unknown one answers HTTP 404 (issues 15 and 18). Vaadin draws a page's view only once the browser has
 * started, so the view's own "not found" never reaches the first answer; {@link UnknownRouteFilter} asks these
 * instead. Each feature registers one bean next to its storage: base knows none of them, and the features keep
 * pointing one way.
 * <p>
 * "May see" is the visitor's view, whoever asks: a draft, a hidden or withdrawn contribution, a proposed debate answer
 * 404 like an unknown id (their authors and moderators still see their page, under that status), so that the status
 * never tells what the page does not show.
 */
public interface KnownIds {

    /**
     * The checks by route template, written as in {@code @Route} ({@code "consultations/:id"}). A template also answers
     * for the routes under it ({@code "consultations/:id/themes"}); the longest one that matches decides. Each check
     * receives the route's parameters by name, as they are in the address, and is one indexed lookup at most.
     */
    Map<String, Predicate<Map<String, String>>> checks();

    /** The number in a parameter, empty when it is missing, not plain digits, or too long for an id. */
    static OptionalLong id(Map<String, String> parameters, String name) {
        String raw = parameters.get(name);
        return raw != null && raw.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(raw)) : OptionalLong.empty();
    }
}
