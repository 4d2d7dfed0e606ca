package fr.convergences.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.micronaut.context.annotation.Prototype;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every page: title, navigation, language switch, and a footer with the
 * accessibility statement and the participation charter. Navigation entries come from the views' {@code @Menu} annotations,
 * whose titles are message keys, so a feature's entry appears when the feature lands.
 */
@Layout
@Prototype
public class MainLayout extends AppLayout {

    private final Main content = new Main();

    private final List<RouteGuard> guards;

    public MainLayout(LanguageSwitch languageSwitch, List<NavbarItem> navbarItems, List<RouteGuard> guards) {
        this.guards = guards;
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Anchor title = new Anchor("", getTranslation("app.name"));
        title.addClassName("app-title");
        Span spacer = new Span();
        spacer.addClassName("spacer");
        addToNavbar(toggle, title, spacer);
        navbarItems.stream()
                .sorted(Comparator.comparingInt(NavbarItem::order))
                .forEach(item -> addToNavbar(item.create()));
        addToNavbar(languageSwitch);

        Nav nav = new Nav(navigation());
        nav.setAriaLabel(getTranslation("nav.label"));
        addToDrawer(nav);

        content.setId("main-content");
        content.addClassName("page-content");
        Footer footer = new Footer(
                new Anchor("accessibilite", getTranslation("footer.accessibility")),
                new Span(" · "),
                new Anchor("charte-de-participation", getTranslation("moderation.charter.link")));
        footer.addClassName("page-footer");
        setContent(new com.vaadin.flow.component.html.Div(content, footer));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (guards.stream().allMatch(guard -> guard.canEnter(entry.menuClass()))) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
        }
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        content.getElement().appendChild(page.getElement());
        // A new page starts at its top, as after a full load; otherwise people (and screen readers)
        // land wherever the previous page was scrolled to.
        content.getElement().executeJs("window.scrollTo(0, 0); this.scrollIntoView({block: 'start'});");
    }
}
