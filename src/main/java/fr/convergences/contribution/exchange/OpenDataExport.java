package fr.convergences.contribution.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A consultation's public contributions as open data under the Licence Ouverte 2.0 (Etalab), in CSV
 * and in JSON. No personal data: no author, no organisation, nothing of a mediated participant;
 * hidden contributions and drafts are left out. Rows are read with a database cursor (a read-only
 * transaction, autocommit off, a fetch size) and written straight to the output, so that memory
 * stays the same whatever the number of contributions. CSV cells that a spreadsheet would run as
 * formulas are neutralised.
 */
@Singleton
public class OpenDataExport {

    public static final String LICENCE = "Licence Ouverte 2.0 (Etalab) — https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final List<String> COLUMNS = List.of("id", "consultation", "type", "titre", "texte", "commune_insee", "statut", "origine",
            "themes", "soutiens", "commentaires", "reponse_officielle", "publie_le",
            "plateforme_origine", "reference_origine", "adresse_origine", "soutiens_origine", "commentaires_origine");
    public static final String THEME_SEPARATOR = " | ";
    /** Rows fetched per round trip: enough to stream fast, few enough to keep memory flat. */
    static final int FETCH_SIZE = 500;

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final String PUBLIC_CONTRIBUTIONS = """
            SELECT c.id, c.kind, c.title, c.body, c.commune_insee, c.status, c.origin, c.support_count, c.comment_count,
                   a.status AS answer_status, c.published_at, s.contribution_id AS source_of,
                   coalesce(s.source_origin, lower(substring(s.external_url from '^[A-Za-z]+://([^/:?#]+)')), '') AS source_platform,
                   s.external_id, s.external_url, s.original_supports, s.original_comments,
                   ARRAY(SELECT t.name FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id
                         WHERE ct.contribution_id = c.id ORDER BY t.position) AS themes
            FROM contribution c LEFT JOIN contribution_answer a ON a.contribution_id = c.id
                 LEFT JOIN contribution_source s ON s.contribution_id = c.id
            WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden
            ORDER BY c.published_at DESC, c.id DESC""";

    private final ConsultationService consultations;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public OpenDataExport(ConsultationService consultations, JdbcOperations jdbc, Clock clock) {
        this.consultations = consultations;
        this.jdbc = jdbc;
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
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setCommentMarker('#').get());
            csv.printComment(LICENCE);
            csv.printComment(source(consultation));
            csv.printRecord(COLUMNS);
            forEachPublic(consultationId, row -> csv.printRecord(row.id(), title, row.kind(), safe(row.title()), safe(row.text()),
                    safe(row.communeInsee()), row.status(), row.origin(), safe(String.join(THEME_SEPARATOR, row.themes())),
                    row.supportCount(), row.commentCount(), row.answerStatus(), row.publishedAt(),
                    row.source() == null ? null : row.source().platform(), row.source() == null ? null : safe(row.source().reference()),
                    row.source() == null ? null : safe(row.source().url()), row.source() == null ? null : row.source().supports(),
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
            forEachPublic(consultationId, row -> {
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
        return consultation.councilName() + " — " + consultation.consultation().title() + " (Convergences), " + clock.instant();
    }

    private void forEachPublic(long consultationId, RowWriter writer) {
        jdbc.prepareStatement(PUBLIC_CONTRIBUTIONS, statement -> {
            // With autocommit off (the read-only transaction), PostgreSQL's driver then reads through a cursor.
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, consultationId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    writer.write(PublicRow.of(rows));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void writeCount(JsonGenerator json, String name, Integer count) throws IOException {
        if (count == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, count);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(PublicRow row) throws IOException;
    }

    /** One public contribution, as both formats show it. */
    private record PublicRow(long id, String kind, String title, String text, String communeInsee, String status, String origin,
                             List<String> themes, int supportCount, int commentCount, String answerStatus, String publishedAt,
                             OpenDataController.OpenDataSource source) {

        static PublicRow of(ResultSet rows) throws SQLException {
            Instant published = rows.getTimestamp("published_at").toInstant();
            return new PublicRow(rows.getLong("id"), rows.getString("kind"), rows.getString("title"), rows.getString("body"),
                    rows.getString("commune_insee"), rows.getString("status"), rows.getString("origin"),
                    List.of((String[]) rows.getArray("themes").getArray()), rows.getInt("support_count"), rows.getInt("comment_count"),
                    rows.getString("answer_status"), published.toString(), source(rows));
        }

        /** Where an imported contribution came from: the platform, its reference, address and figures there; null for others. */
        private static OpenDataController.OpenDataSource source(ResultSet rows) throws SQLException {
            rows.getLong("source_of");
            if (rows.wasNull()) {
                return null;
            }
            return new OpenDataController.OpenDataSource(rows.getString("source_platform"), rows.getString("external_id"),
                    rows.getString("external_url"), (Integer) rows.getObject("original_supports"), (Integer) rows.getObject("original_comments"));
        }
    }

    /**
     * A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet
     * (CSV injection, e.g. =HYPERLINK(...)); a leading apostrophe makes it plain text.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
