package fr.convergences.contribution.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's public contributions as open data under the Licence Ouverte 2.0 (Etalab), in CSV
 * and in JSON. No personal data: no author, no organisation, nothing of a mediated participant;
 * hidden contributions and drafts are left out. Rows are read with a database cursor ({@link OpenDataStore},
 * in a read-only transaction) and written straight to the output, so that memory stays the same
 * whatever the number of contributions. CSV cells that a spreadsheet would run as
 * formulas are neutralised.
 */
@Singleton
public class OpenDataExport {

    public static final String LICENCE =
            "Licence Ouverte 2.0 (Etalab) — https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final List<String> COLUMNS = List.of(
            "id",
            "consultation",
            "type",
            "titre",
            "texte",
            "commune_insee",
            "statut",
            "origine",
            "themes",
            "soutiens",
            "commentaires",
            "reponse_officielle",
            "publie_le",
            "plateforme_origine",
            "reference_origine",
            "adresse_origine",
            "soutiens_origine",
            "commentaires_origine");
    public static final String THEME_SEPARATOR = " | ";
    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ConsultationService consultations;
    private final OpenDataStore store;
    private final Clock clock;

    public OpenDataExport(ConsultationService consultations, OpenDataStore store, Clock clock) {
        this.consultations = consultations;
        this.store = store;
        this.clock = clock;
    }

    /** The consultation exported; refused ("unknown", a 404 in the API) before anything is written. */
    public ConsultationDetails consultation(long consultationId) {
        return consultations.details(consultationId);
    }

    @Transactional(readOnly = true)
    public void writeCsv(long consultationId, Writer out) {
        ConsultationDetails consultation = consultations.details(consultationId);
        String title = safe(consultation.consultation().title());
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setCommentMarker('#').get());
            csv.printComment(LICENCE);
            csv.printComment(source(consultation));
            csv.printRecord(COLUMNS);
            store.eachPublic(
                    consultationId,
                    row -> csv.printRecord(
                            row.id(),
                            title,
                            row.kind(),
                            safe(row.title()),
                            safe(row.text()),
                            safe(row.communeInsee()),
                            row.status(),
                            row.origin(),
                            safe(String.join(THEME_SEPARATOR, row.themes())),
                            row.supportCount(),
                            row.commentCount(),
                            row.answerStatus(),
                            row.publishedAt(),
                            row.source() == null ? null : row.source().platform(),
                            row.source() == null ? null : safe(row.source().reference()),
                            row.source() == null ? null : safe(row.source().url()),
                            row.source() == null ? null : row.source().supports(),
                            row.source() == null ? null : row.source().comments()));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"licence": …, "source": …, "consultation": {…}, "contributions": [{…}, …]}}, written as rows are read. */
    @Transactional(readOnly = true)
    public void writeJson(long consultationId, Writer out) {
        ConsultationDetails consultation = consultations.details(consultationId);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("licence", LICENCE);
            json.writeStringField("source", source(consultation));
            json.writeObjectFieldStart("consultation");
            json.writeNumberField("id", consultationId);
            json.writeStringField("title", consultation.consultation().title());
            json.writeStringField("question", consultation.consultation().question());
            json.writeStringField("council", consultation.councilName());
            json.writeEndObject();
            json.writeArrayFieldStart("contributions");
            store.eachPublic(consultationId, row -> {
                json.writeStartObject();
                json.writeNumberField("id", row.id());
                json.writeStringField("kind", row.kind());
                json.writeStringField("title", row.title());
                json.writeStringField("text", row.text());
                json.writeStringField("communeInsee", row.communeInsee());
                json.writeStringField("status", row.status());
                json.writeStringField("origin", row.origin());
                json.writeArrayFieldStart("themes");
                for (String theme : row.themes()) {
                    json.writeString(theme);
                }
                json.writeEndArray();
                json.writeNumberField("supportCount", row.supportCount());
                json.writeNumberField("commentCount", row.commentCount());
                json.writeStringField("answerStatus", row.answerStatus());
                json.writeStringField("publishedAt", row.publishedAt());
                if (row.source() != null) {
                    json.writeObjectFieldStart("source");
                    json.writeStringField("platform", row.source().platform());
                    json.writeStringField("reference", row.source().reference());
                    json.writeStringField("url", row.source().url());
                    writeCount(json, "supports", row.source().supports());
                    writeCount(json, "comments", row.source().comments());
                    json.writeEndObject();
                }
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attribution the licence asks for: who produced the data, and when. */
    private String source(ConsultationDetails consultation) {
        return consultation.councilName() + " — " + consultation.consultation().title() + " (Convergences), "
                + clock.instant();
    }

    private static void writeCount(JsonGenerator json, String name, @Nullable Integer count) throws IOException {
        if (count == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, count);
        }
    }

    /**
     * A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet
     * (CSV injection, e.g. =HYPERLINK(...)); a leading apostrophe makes it plain text.
     */
    public static @Nullable String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
