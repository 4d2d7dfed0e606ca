package fr.convergences.project.letter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The page of whoever collected contributions offline (an organisation's administrators, a volunteer): one PDF of
 * letters for each organisation they administer and one for what they collected in their own name.
 */
@Route("lettres")
@RequiresSignIn
@Prototype
public class LettersView extends Div implements HasDynamicTitle {

    public LettersView(OfflineLetters letters, CurrentUser currentUser) {
        addClassName("prose");
        Actor actor = currentUser.actor();
        add(
                new H1(getTranslation("project.letter.page.title")),
                new Paragraph(getTranslation("project.letter.page.intro")));
        List<OfflineLetters.Sender> senders = letters.senders(actor);
        if (senders.isEmpty()) {
            add(new Paragraph(getTranslation("project.letter.page.none")));
            return;
        }
        UnorderedList downloads = new UnorderedList();
        downloads.setId("letters");
        for (OfflineLetters.Sender sender : senders) {
            String file = sender.organisationId() == null
                    ? "lettres.pdf"
                    : "lettres-organisation-" + sender.organisationId() + ".pdf";
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(request -> {
                        byte[] pdf = LettersPdf.render(
                                sender.name(),
                                sender.organisationId() == null
                                        ? letters.forVolunteer(actor)
                                        : letters.forOrganisation(actor, sender.organisationId()));
                        return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
                    }),
                    getTranslation("project.letter.page.download", sender.name(), sender.letters()));
            download.setId(
                    sender.organisationId() == null
                            ? "letters-own"
                            : "letters-organisation-" + sender.organisationId());
            downloads.add(new ListItem(download));
        }
        add(downloads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.letter.page.title") + " · " + getTranslation("app.name");
    }
}
