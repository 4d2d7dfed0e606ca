package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.project.letter.Letter;
import fr.convergences.project.letter.LettersPdf;
import fr.convergences.project.letter.OfflineLetters;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationForm;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationService;
import fr.convergences.testing.PdfUaCheck;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * People who contributed offline are reached through whoever collected their words: the organisation's administrator
 * prints one letter a page, in plain French, telling what became of each contribution collected in its name (here, a
 * motion adopted in answer); the volunteer prints those collected in their own name; nobody else may print them.
 */
class OfflineLettersIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);

    @Test
    void the_collecting_organisation_prints_one_letter_a_page_telling_what_became_of_each_contribution()
            throws Exception {
        ProjectFixture fixture = new ProjectFixture(platform);
        TestAccounts accounts = new TestAccounts(platform);
        Account volunteer = accounts.create("Bénévole du marché");
        Account stranger = accounts.create("Passante");
        Organisation association = platform.bean(OrganisationService.class)
                .register(
                        TestAccounts.actor(volunteer),
                        new OrganisationForm(
                                "Entraide Étampes "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                OrganisationKind.ASSOCIATION,
                                false,
                                null,
                                null));
        sql.update("UPDATE organisation SET verified = true WHERE id = ?", association.id());
        long consultation = platform.bean(ConsultationService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        new ConsultationForm(
                                "Diagnostic territorial",
                                "Quels sont vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusMonths(1),
                                        LocalDate.now().plusMonths(1)))))
                .id();
        long named = collected(
                consultation,
                "Plus de pharmacie de garde",
                volunteer.id(),
                association.id(),
                "Marché d’Étampes",
                "Mme Lucienne Martin");
        long anonymous = collected(
                consultation,
                "Le bus ne va pas à l’hôpital",
                volunteer.id(),
                association.id(),
                "Foyer-logement des Tilleuls",
                null);
        long own =
                collected(consultation, "Un dentiste à moins d’une heure", volunteer.id(), null, "Porte-à-porte", null);
        long hidden = collected(
                consultation,
                "Texte masqué par la modération",
                volunteer.id(),
                association.id(),
                "Marché d’Étampes",
                null);
        sql.update("UPDATE contribution SET hidden = true WHERE id = ?", hidden);
        long motion = fixture.adoptedMotion(MotionKind.AVIS, consultation, Set.of(named));
        String motionTitle = (String)
                sql.column("SELECT title FROM motion WHERE id = ?", motion).getFirst();
        OfflineLetters letters = platform.bean(OfflineLetters.class);

        assertThat(letters.senders(TestAccounts.actor(volunteer)))
                .extracting(OfflineLetters.Sender::organisationId, OfflineLetters.Sender::letters)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(null, 1),
                        org.assertj.core.groups.Tuple.tuple(association.id(), 2));
        List<Letter> forAssociation = letters.forOrganisation(TestAccounts.actor(volunteer), association.id());
        byte[] printed = LettersPdf.render(association.name(), forAssociation);
        List<String> pages = pages(printed);
        assertThat(PdfUaCheck.failures(printed)).as("veraPDF, PDF/UA-1 profile").isEmpty();

        assertThat(pages)
                .as("one letter a page, the hidden contribution left out")
                .hasSize(2);
        assertThat(pages.getFirst())
                .contains(
                        association.name(),
                        "À Mme Lucienne Martin, rencontré·e à Marché d’Étampes",
                        "Bonjour",
                        "« Plus de pharmacie de garde »",
                        "Le conseil a voté « " + motionTitle + " » : Adoptée.",
                        "/contributions/" + named);
        assertThat(pages.get(1))
                .contains(
                        "À la personne rencontrée à Foyer-logement des Tilleuls",
                        "« Le bus ne va pas à l’hôpital »",
                        "Aucune décision n’y répond encore",
                        "/contributions/" + anonymous)
                .doesNotContain("Lucienne");
        assertThat(pages(LettersPdf.render("Bénévole", letters.forVolunteer(TestAccounts.actor(volunteer)))))
                .singleElement()
                .asString()
                .contains("« Un dentiste à moins d’une heure »", "/contributions/" + own);

        assertThatThrownBy(() -> letters.forOrganisation(TestAccounts.actor(stranger), association.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.forOrganisation(Actor.ANONYMOUS, association.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(letters.forVolunteer(TestAccounts.actor(stranger)))
                .as("a stranger collected nothing")
                .isEmpty();
        assertThat(letters.senders(TestAccounts.actor(stranger))).isEmpty();
    }

    /**
     * A contribution collected offline by the volunteer, through the use case volunteers use: the volunteer holds the
     * debate organiser role of the council (what collecting asks), given here once.
     */
    private long collected(
            long consultation, String title, long volunteer, Long organisation, String place, String participant) {
        long council = platform.bean(ConsultationService.class).councilOf(consultation);
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        if (!roles.existsByAccountIdAndCouncilIdAndRole(volunteer, council, CouncilRole.DEBATE_ORGANISER)) {
            roles.save(new CouncilRoleGrant(null, volunteer, council, CouncilRole.DEBATE_ORGANISER));
        }
        return platform.bean(MediationService.class)
                .collect(
                        Actor.account(volunteer),
                        consultation,
                        new MediationForm(
                                new ContributionForm(
                                        ContributionKind.NEED,
                                        title,
                                        "Dit de vive voix, noté par la personne qui l’a recueilli.",
                                        Set.of(),
                                        null),
                                place,
                                organisation,
                                true,
                                participant,
                                null))
                .id();
    }

    /** Each page's text, with the no-break spaces of French typography folded as the letter prints them. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }
}
