package fr.convergences.contribution.exchange;

import fr.convergences.base.PersonalDataDetector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes imported contributions with JDBC batches of {@link #BATCH_SIZE} rows, on the connection of
 * the import's transaction, so that memory stays constant and a failure at any row undoes them all.
 * Identifiers are taken from the contribution sequence for a whole batch first, so that the
 * contributions, their sources and their themes go in three batches without a round trip per row. The statements
 * are {@link ImportStore}'s: this class only batches them.
 */
final class ImportWriter implements AutoCloseable {

    static final int BATCH_SIZE = 500;

    private final long consultationId;
    private final long importId;
    private final ImportAuthors authors;
    private final Timestamp now;
    private final PreparedStatement ids;
    private final PreparedStatement contributions;
    private final PreparedStatement sources;
    private final PreparedStatement themes;
    private final PreparedStatement originals;
    private final List<ImportedContribution> pending = new ArrayList<>(BATCH_SIZE);
    private long written;

    ImportWriter(Connection connection, long consultationId, long importId, Instant now, ImportAuthors authors)
            throws SQLException {
        this.consultationId = consultationId;
        this.authors = authors;
        this.importId = importId;
        this.now = Timestamp.from(now);
        this.ids = connection.prepareStatement(ImportStore.NEXT_IDS);
        this.contributions = connection.prepareStatement(ImportStore.INSERT_CONTRIBUTION);
        this.sources = connection.prepareStatement(ImportStore.INSERT_SOURCE);
        this.themes = connection.prepareStatement(ImportStore.INSERT_THEME);
        this.originals = connection.prepareStatement(ImportStore.INSERT_ORIGINAL);
    }

    /** Queues the contribution; returns true when that filled a batch, which was then written. */
    boolean add(ImportedContribution contribution) throws SQLException {
        pending.add(contribution);
        if (pending.size() < BATCH_SIZE) {
            return false;
        }
        flush();
        return true;
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long[] newIds = nextIds(pending.size());
        boolean anyTheme = false;
        boolean anyOriginal = false;
        for (int i = 0; i < pending.size(); i++) {
            ImportedContribution row = pending.get(i);
            long id = newIds[i];
            contributions.setLong(1, id);
            contributions.setLong(2, consultationId);
            contributions.setString(3, row.kind().name());
            Set<PersonalDataDetector.Kind> found = EnumSet.noneOf(PersonalDataDetector.Kind.class);
            found.addAll(PersonalDataDetector.kinds(row.title()));
            found.addAll(PersonalDataDetector.kinds(row.body()));
            contributions.setString(4, found.isEmpty() ? row.title() : PersonalDataDetector.mask(row.title()));
            contributions.setString(5, found.isEmpty() ? row.body() : PersonalDataDetector.mask(row.body()));
            if (!found.isEmpty()) {
                originals.setLong(1, id);
                originals.setString(2, row.title());
                originals.setString(3, row.body());
                originals.setString(4, found.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                originals.setTimestamp(5, now);
                originals.addBatch();
                anyOriginal = true;
            }
            contributions.setString(6, row.communeInsee());
            contributions.setTimestamp(7, now);
            contributions.setTimestamp(8, row.publishedAt() == null ? now : Timestamp.from(row.publishedAt()));
            contributions.addBatch();
            sources.setLong(1, id);
            sources.setLong(2, importId);
            sources.setString(3, row.externalId());
            sources.setString(4, row.externalUrl());
            setCount(sources, 5, row.supports());
            setCount(sources, 6, row.comments());
            sources.setString(7, row.category());
            sources.setString(8, row.scope());
            // The key that recognises the row at a later import; the unique index refuses a second one.
            SourceKey key = row.key();
            sources.setString(9, key == null ? null : key.origin());
            if (key == null) {
                sources.setNull(10, Types.BIGINT);
            } else {
                sources.setLong(10, consultationId);
            }
            sources.setString(
                    11,
                    row.author() == null ? null : authors.source(SourceKey.origin(row.externalUrl()), row.author()));
            sources.addBatch();
            for (Long themeId : row.themeIds()) {
                themes.setLong(1, id);
                themes.setLong(2, themeId);
                themes.addBatch();
                anyTheme = true;
            }
        }
        contributions.executeBatch();
        sources.executeBatch();
        if (anyTheme) {
            themes.executeBatch();
        }
        if (anyOriginal) {
            originals.executeBatch();
        }
        written += pending.size();
        pending.clear();
    }

    long written() {
        return written;
    }

    private long[] nextIds(int count) throws SQLException {
        ids.setInt(1, count);
        long[] values = new long[count];
        try (ResultSet rows = ids.executeQuery()) {
            for (int i = 0; i < count && rows.next(); i++) {
                values[i] = rows.getLong(1);
            }
        }
        Arrays.sort(values);
        return values;
    }

    private static void setCount(PreparedStatement statement, int index, @Nullable Integer count) throws SQLException {
        if (count == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, count);
        }
    }

    @Override
    public void close() throws SQLException {
        try (ids;
                contributions;
                sources;
                themes;
                originals) {
            pending.clear();
        }
    }
}
