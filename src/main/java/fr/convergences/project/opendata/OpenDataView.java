package fr.convergences.project.opendata;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;

/**
 * A council's open-data page: every file it publishes under the Licence Ouverte, the projet's sets and each
 * consultation's contributions, in CSV and JSON, and the API's description for those who script it.
 */
@Route("conseils/:slug/donnees-ouvertes")
@Prototype
public class OpenDataView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectOpenData openData;
    private final ConsultationService consultations;
    private String title = "";

    public OpenDataView(ProjectOpenData openData, ConsultationService consultations) {
        this.openData = openData;
        this.consultations = consultations;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                openData.council(event.getRouteParameters().get("slug").orElse(""));
        title = getTranslation("project.opendata.title", council.name());
        add(
                new Anchor("conseils/" + council.slug() + "/projet", getTranslation("project.action.back")),
                new H1(title),
                new Paragraph(getTranslation("project.opendata.intro")));
        UnorderedList sets = new UnorderedList();
        sets.setId("opendata-sets");
        for (OpenDataSet set : OpenDataSet.values()) {
            String path = "/api/councils/" + council.slug() + "/opendata/" + set.fileName();
            Anchor csv = new Anchor(path + ".csv", getTranslation("project.opendata.csv"));
            csv.setId("opendata-" + set.fileName() + "-csv");
            Anchor json = new Anchor(path + ".json", getTranslation("project.opendata.json"));
            json.setId("opendata-" + set.fileName() + "-json");
            sets.add(new ListItem(
                    new H2(getTranslation(set.messageKey())),
                    new Paragraph(getTranslation(set.messageKey() + ".description")),
                    new Paragraph(csv, new com.vaadin.flow.component.Text(" · "), json)));
        }
        add(sets);
        UnorderedList contributions = new UnorderedList();
        contributions.setId("opendata-consultations");
        for (Consultation consultation : consultations.ofCouncil(StoredId.of(council.id()))) {
            String path = "/api/consultations/" + consultation.id() + "/contributions";
            contributions.add(new ListItem(
                    new Paragraph(consultation.title()),
                    new Paragraph(
                            new Anchor(path + ".csv", getTranslation("project.opendata.csv")),
                            new com.vaadin.flow.component.Text(" · "),
                            new Anchor(path + ".json", getTranslation("project.opendata.json")))));
        }
        add(
                new H2(getTranslation("project.opendata.contributions")),
                contributions,
                new Paragraph(new Anchor("/api/openapi.yml", getTranslation("project.opendata.api"))));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
