package fr.convergences.debate.calendar;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A month of debates: a grid of seven columns (Monday first) on wide screens, the days with debates one under the
 * other on narrow ones (the style sheet hides the empty days there). Each day is a list item named by its date, so
 * screen readers read the days in order, whatever the layout.
 */
class DebateMonth extends Div {

    DebateMonth(YearMonth month, List<DebateListing> debates) {
        setId("debate-month");
        addClassName("debate-month");
        Map<LocalDate, List<DebateListing>> byDay = new TreeMap<>(debates.stream()
                .filter(debate ->
                        YearMonth.from(debate.startsAt().atZone(debate.zone())).equals(month))
                .collect(Collectors.groupingBy(
                        debate -> debate.startsAt().atZone(debate.zone()).toLocalDate())));
        Div weekdays = new Div();
        weekdays.addClassName("month-weekdays");
        weekdays.getElement().setAttribute("aria-hidden", "true");
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(new Div(day.getDisplayName(TextStyle.SHORT, getLocale())));
        }
        OrderedList days = new OrderedList();
        days.addClassName("month-grid");
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            ListItem cell = new ListItem();
            cell.addClassName("month-day");
            if (day == 1) {
                cell.getStyle()
                        .set(
                                "grid-column-start",
                                String.valueOf(date.getDayOfWeek().getValue()));
            }
            List<DebateListing> that = byDay.getOrDefault(date, List.of());
            if (that.isEmpty()) {
                // A day without debate is only a square of the grid: nothing for a screen reader to read.
                Div label = new Div(String.valueOf(day));
                label.addClassName("month-day-label");
                cell.add(label);
                cell.addClassName("month-day-empty");
                cell.getElement().setAttribute("aria-hidden", "true");
            } else {
                // "samedi 1er décembre", "Saturday, December 1": through ICU, as every date in words.
                H3 label = new H3(
                        getTranslation("debate.dates.dayOfMonth", day, date.atStartOfDay(java.time.ZoneOffset.UTC)));
                label.addClassName("month-day-label");
                cell.add(label);
                UnorderedList items = new UnorderedList();
                for (DebateListing debate : that) {
                    items.add(new ListItem(new Anchor(
                            "debats/" + debate.id(),
                            getTranslation(
                                            "debate.dates.hour",
                                            debate.startsAt().atZone(debate.zone())) + " " + debate.title())));
                }
                cell.add(items);
            }
            days.add(cell);
        }
        add(weekdays, days);
    }
}
