package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Sort and filters of the contribution list; each change reloads the list through its URL. */
public class ContributionFilters extends Div {

    private final ContributionQuery query;
    private final String route;

    public ContributionFilters(
            ConsultationDetails consultation, ContributionQuery query, Map<String, String> communes) {
        this.query = query;
        this.route = "consultations/" + consultation.consultation().id();
        setId("contribution-filters");
        addClassName("filter-bar");
        add(select(
                "filter-sort",
                "contribution.filter.sort",
                List.of(ContributionQuery.Sort.values()),
                query.sort(),
                false,
                sort -> getTranslation("contribution.sort." + sort.name()),
                ListParameters.SORT,
                Enum::name));
        Long themeId = query.themeId();
        add(select(
                "filter-theme",
                "contribution.field.themes",
                consultation.themes(),
                consultation.themes().stream()
                        .filter(theme -> themeId != null && themeId.equals(theme.id()))
                        .findFirst()
                        .orElse(null),
                true,
                Theme::name,
                ListParameters.THEME,
                theme -> String.valueOf(theme.id())));
        add(select(
                "filter-kind",
                "contribution.filter.kind",
                List.of(ContributionKind.values()),
                query.kind(),
                true,
                kind -> getTranslation("contribution.kind." + kind.name()),
                ListParameters.KIND,
                Enum::name));
        List<String> statuses = new ArrayList<>();
        statuses.add(ListParameters.UNANSWERED);
        for (AnswerStatus status : AnswerStatus.values()) {
            statuses.add(status.name());
        }
        String currentStatus = query.unanswered()
                ? ListParameters.UNANSWERED
                : query.answerStatus() == null ? null : query.answerStatus().name();
        add(select(
                "filter-status",
                "contribution.filter.status",
                statuses,
                currentStatus,
                true,
                status -> ListParameters.UNANSWERED.equals(status)
                        ? getTranslation("contribution.filter.unanswered")
                        : getTranslation("contribution.answer.status." + status),
                ListParameters.STATUS,
                Function.identity()));
        if (!communes.isEmpty()) {
            add(select(
                    "filter-commune",
                    "contribution.filter.commune",
                    List.copyOf(communes.keySet()),
                    query.communeInsee(),
                    true,
                    // The items are the map's keys: the lookup always finds a name.
                    code -> communes.getOrDefault(code, code),
                    ListParameters.COMMUNE,
                    Function.identity()));
        }
        add(select(
                "filter-origin",
                "contribution.filter.origin",
                List.of(ContributionOrigin.values()),
                query.origin(),
                true,
                origin -> getTranslation("contribution.origin." + origin.name()),
                ListParameters.ORIGIN,
                Enum::name));
    }

    private <T> Select<T> select(
            String id,
            String labelKey,
            List<T> items,
            @Nullable T current,
            boolean optional,
            Function<T, String> label,
            String parameter,
            Function<T, String> value) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("contribution.filter.all"));
        }
        select.setItemLabelGenerator(
                item -> item == null ? getTranslation("contribution.filter.all") : label.apply(item));
        select.setValue(current);
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UI.getCurrent()
                        .navigate(
                                route,
                                ListParameters.with(
                                        query,
                                        parameter,
                                        event.getValue() == null ? null : value.apply(event.getValue())));
            }
        });
        return select;
    }
}
