package fr.convergences.territory.council;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.audit.AuditLogService;
import fr.convergences.identity.audit.JournalFilter;
import fr.convergences.identity.audit.JournalLine;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The council's audit log for its admins, as sentences: who (by name), what (in words), when (in the territory's time),
 * and each change field by field; filtered by action and by person. The head is printed with the council's id, which
 * {@code verify-audit --council} needs.
 */
@Route("conseils/:slug/journal")
@Prototype
public class AuditLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The most recent entries shown at once: the filters find older ones, and a page this long stays quick to render. */
    private static final int PAGE_SIZE = 50;

    private final CouncilDirectory directory;
    private final AuditLogService auditLog;
    private final CurrentUser currentUser;
    private String title = "";

    public AuditLogView(CouncilDirectory directory, AuditLogService auditLog, CurrentUser currentUser) {
        this.directory = directory;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        Actor actor = currentUser.actor();
        AuditLogService.JournalChoices choices = auditLog.journalChoices(actor, council.storedId());
        ZoneId zone = directory.zoneOf(council);
        title = getTranslation("territory.journal.title", council.name());

        ComboBox<String> action = new ComboBox<>(getTranslation("territory.journal.filter.action"));
        action.setId("journal-filter-action");
        action.setItems(choices.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        ComboBox<Long> person = new ComboBox<>(getTranslation("territory.journal.filter.actor"));
        person.setId("journal-filter-actor");
        person.setItems(choices.actors().keySet());
        person.setItemLabelGenerator(id -> actorLabel(id, choices.actors().get(id)));
        person.setClearButtonVisible(true);

        Grid<JournalLine> grid = new Grid<>();
        grid.setId("journal");
        grid.addColumn(JournalLine::seq)
                .setHeader(getTranslation("territory.journal.seq"))
                .setAutoWidth(true);
        grid.addColumn(line -> fr.convergences.base.i18n.Messages.stamp(
                        line.occurredAt().atZone(zone), getLocale()))
                .setHeader(getTranslation(
                        "territory.journal.when", fr.convergences.base.i18n.Messages.zone(zone, getLocale())))
                .setAutoWidth(true);
        grid.addColumn(line -> line.actorAccountId() == null
                        ? getTranslation("territory.journal.platform")
                        : actorLabel(line.actorAccountId(), line.actorName()))
                .setHeader(getTranslation("territory.journal.actor"))
                .setAutoWidth(true);
        grid.addColumn(line -> actionLabel(line.action()))
                .setHeader(getTranslation("territory.journal.action"))
                .setAutoWidth(true);
        grid.addColumn(line ->
                        getTranslation("territory.journal.subject", subjectLabel(line.subjectType()), line.subjectId()))
                .setHeader(getTranslation("territory.journal.subjectHeader"))
                .setAutoWidth(true);
        grid.addColumn(this::changes).setHeader(getTranslation("territory.journal.change"));
        grid.setAllRowsVisible(true);
        Runnable refresh = () -> grid.setItems(auditLog.journal(
                actor, council.storedId(), new JournalFilter(action.getValue(), person.getValue()), 0, PAGE_SIZE));
        action.addValueChangeListener(change -> refresh.run());
        person.addValueChangeListener(change -> refresh.run());
        refresh.run();

        var head = auditLog.head(council.storedId());
        Paragraph headLine = new Paragraph(
                getTranslation("territory.journal.head", head.toString(), String.valueOf(council.storedId())));
        headLine.setId("journal-head");
        headLine.addClassName("audit-head");
        Div filters = new Div(action, person);
        filters.addClassName("narrow-form");
        add(
                new H1(title),
                headLine,
                filters,
                new Paragraph(getTranslation("territory.journal.limit", PAGE_SIZE)),
                grid);
    }

    /** Each changed field as "field : before → after" (or only the value when one side is empty), as plain text: light to render. */
    private String changes(JournalLine line) {
        return String.join(
                " ; ",
                line.changes().stream()
                        .map(change -> getTranslation(
                                change.before().isEmpty()
                                        ? "territory.journal.changeSet"
                                        : change.after().isEmpty()
                                                ? "territory.journal.changeUnset"
                                                : "territory.journal.changeFromTo",
                                change.field(),
                                change.before(),
                                change.after()))
                        .toList());
    }

    private String actionLabel(String code) {
        String label = getTranslation("territory.journal.act." + code);
        // An action recorded by a newer feature than this list still shows, by its code.
        return label.startsWith("!") ? code : label;
    }

    private String subjectLabel(String type) {
        String label = getTranslation("territory.journal.subj." + type);
        return label.startsWith("!") ? type : label;
    }

    private String actorLabel(long accountId, @Nullable String name) {
        return name == null || name.isBlank()
                ? getTranslation("territory.journal.account", String.valueOf(accountId))
                : name;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
