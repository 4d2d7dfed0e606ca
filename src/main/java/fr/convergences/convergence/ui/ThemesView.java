package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.ThemeKey;
import fr.convergences.convergence.ThemeService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/**
 * A consultation's themes: every public contribution under one of them, or under "Autres propositions". Moderators
 * place them again and move a contribution to another theme; their move wins at every later run. The page redraws in
 * place after a move, so that a moderator working down a long list keeps their position.
 */
@Route("consultations/:id/themes")
@Prototype
public class ThemesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private final ConvergenceService convergences;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Div list = new Div();
    private String title = "";
    private Actor actor = Actor.ANONYMOUS;
    private long consultationId;
    private boolean curator;

    public ThemesView(
            ThemeService themes,
            ConvergenceService convergences,
            ConsultationService consultations,
            CurrentUser currentUser) {
        this.themes = themes;
        this.convergences = convergences;
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultationId = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(consultationId);
        actor = currentUser.actor();
        curator = convergences.canCurate(actor, consultationId);
        title = getTranslation("theme.page.title", details.consultation().title());
        status.setId("theme-status");
        add(
                new Anchor(
                        "consultations/" + consultationId,
                        details.consultation().title()),
                new H1(title),
                new Paragraph(getTranslation("theme.page.intro")),
                status);
        if (curator) {
            Button compute = new Button(getTranslation("theme.compute"), click -> {
                try {
                    int placed = themes.compute(actor, consultationId);
                    status.success(getTranslation("theme.computed", placed));
                    render();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            compute.setId("theme-compute");
            compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(compute);
        }
        list.setId("themes");
        add(list);
        render();
    }

    private void render() {
        list.removeAll();
        List<ThemeService.ThemeView> found = themes.themes(consultationId);
        if (!themes.computed(consultationId)) {
            list.add(new Paragraph(getTranslation("theme.none")));
            return;
        }
        for (ThemeService.ThemeView theme : found) {
            Div section = new Div();
            section.setId("theme-" + theme.key().toString().replace(':', '-'));
            section.addClassName("theme-section");
            section.add(
                    new H2(label(theme)),
                    new Paragraph(getTranslation("theme.count", theme.members().size())));
            UnorderedList members = new UnorderedList();
            for (ThemeService.Member member : theme.members()) {
                ListItem item = new ListItem(new Anchor("contributions/" + member.contributionId(), member.title()));
                item.setId("theme-member-" + member.contributionId());
                if (ThemeService.MODERATOR.equals(member.placedBy())) {
                    item.add(new Span(" · " + getTranslation("theme.moved")));
                }
                if (curator) {
                    item.add(moveControl(member, theme, found));
                }
                members.add(item);
            }
            section.add(members);
            list.add(section);
        }
    }

    private Select<ThemeService.ThemeView> moveControl(
            ThemeService.Member member, ThemeService.ThemeView current, List<ThemeService.ThemeView> all) {
        Select<ThemeService.ThemeView> target = new Select<>();
        target.setId("theme-move-" + member.contributionId());
        target.setAriaLabel(getTranslation("theme.move.label", member.title()));
        target.setPlaceholder(getTranslation("theme.move"));
        List<ThemeService.ThemeView> others = new java.util.ArrayList<>(
                all.stream().filter(theme -> !theme.key().equals(current.key())).toList());
        if (!current.key().isOther()
                && others.stream().noneMatch(theme -> theme.key().isOther())) {
            others.add(new ThemeService.ThemeView(ThemeKey.OTHER, null, List.of()));
        }
        target.setItems(others);
        target.setItemLabelGenerator(this::label);
        target.addValueChangeListener(change -> {
            if (change.getValue() == null || !change.isFromClient()) {
                return;
            }
            try {
                themes.move(actor, member.contributionId(), change.getValue().key());
                render();
                status.success(getTranslation("theme.moved.done", member.title(), label(change.getValue())));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        return target;
    }

    private String label(ThemeService.ThemeView theme) {
        String label = theme.label();
        return theme.key().isOther() || label == null ? getTranslation("theme.other") : label;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
