package fr.convergences.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.i18n.Messages;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;

/**
 * French by default; English when the person chose it (remembered in a cookie for a year).
 * Also keeps {@code <html lang>} right, which screen readers need to pronounce the page.
 */
@Singleton
public class LocalePreference implements VaadinServiceInitListener {

    static final String COOKIE = "convergences-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromCookie(init.getRequest())));
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session != null ? session.getLocale() : fromCookie(response.getVaadinRequest());
            response.getDocument()
                    .getElementsByTag("html")
                    .attr("lang", Messages.supported(locale).getLanguage());
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(Messages.supported(ui.getSession().getLocale()));
        });
    }

    void choose(Locale locale) {
        Locale chosen = Messages.supported(locale);
        VaadinSession.getCurrent().setLocale(chosen);
        UI.getCurrent().setLocale(chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
    }

    private static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Messages.FRENCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Messages.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(Messages.FRENCH);
    }
}
