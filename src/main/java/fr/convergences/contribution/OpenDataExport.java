package fr.convergences.contribution;

import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A consultation's public contributions as open data (Licence Ouverte 2.0): no personal data (no
 * author, no account), and cells that a spreadsheet would run as formulas are neutralised.
 */
@Singleton
public class OpenDataExport {

    public static final String LICENCE = "Licence Ouverte 2.0 (Etalab) — https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final List<String> COLUMNS = List.of("id", "consultation", "type", "titre", "texte", "commune_insee", "statut", "publie_le");

    private final ConsultationService consultations;
    private final ContributionService contributions;

    public OpenDataExport(ConsultationService consultations, ContributionService contributions) {
        this.consultations = consultations;
        this.contributions = contributions;
    }

    @Transactional(readOnly = true)
    public void writeCsv(long consultationId, Writer out) {
        ConsultationDetails consultation = consultations.details(consultationId);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setCommentMarker('#').get())) {
            csv.printComment(LICENCE);
            csv.printRecord(COLUMNS);
            for (Contribution contribution : contributions.published(consultationId)) {
                csv.printRecord(contribution.id(), safe(consultation.consultation().title()), contribution.kind().name(),
                        safe(contribution.title()), safe(contribution.body()), safe(contribution.communeInsee()),
                        contribution.status().name(), contribution.publishedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet
     * (CSV injection, e.g. =HYPERLINK(...)); a leading apostrophe makes it plain text.
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
