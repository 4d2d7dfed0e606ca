package fr.convergences.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real proposals of the Make.org corpus shipped with the platform (CC0), for tests and benchmarks. */
final class CorpusContributions {

    record Proposal(int id, String text, int votes) {
        /** A title as a resident would write it: the proposal without its "Il faut", cut at a word. */
        String title() {
            String title = text.replaceFirst("^Il faut,?\\s*", "");
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            if (title.length() <= 80) {
                return title;
            }
            int cut = title.lastIndexOf(' ', 80);
            return title.substring(0, cut > 40 ? cut : 80) + "…";
        }
    }

    private CorpusContributions() {}

    static List<Proposal> read(int limit) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(CorpusContributions.class
                        .getClassLoader()
                        .getResourceAsStream("corpora/makeorg-monde-d-apres-2020.csv")),
                StandardCharsets.UTF_8)) {
            List<Proposal> proposals = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (proposals.size() == limit) {
                    break;
                }
                String text = row.get("text").strip();
                if (!text.isEmpty()) {
                    proposals.add(
                            new Proposal(Integer.parseInt(row.get("id")), text, Integer.parseInt(row.get("votes"))));
                }
            }
            return proposals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts the proposals as published contributions of the consultation; returns their ids in the same order. */
    static List<Long> insert(SearchDatabase database, long consultationId, List<Proposal> proposals, Long authorId) {
        return database.with(connection -> {
            List<Long> ids = new ArrayList<>();
            connection.setAutoCommit(false); // one commit: the embedded database syncs every commit to disk
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO contribution (consultation_id, author_account_id, kind, title, body, status, created_at, published_at, origin)
                    VALUES (?, ?, 'PROPOSAL', ?, ?, 'PUBLISHED', ?, ?, 'IMPORTED') RETURNING id""")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Proposal proposal : proposals) {
                    statement.setLong(1, consultationId);
                    statement.setObject(2, authorId);
                    statement.setString(3, proposal.title());
                    statement.setString(4, proposal.text());
                    statement.setTimestamp(5, now);
                    statement.setTimestamp(6, now);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        ids.add(rows.getLong(1));
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return ids;
        });
    }
}
