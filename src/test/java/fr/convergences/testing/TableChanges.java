package fr.convergences.testing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tables a piece of code wrote to, recorded by row-level triggers that note every insert, update and
 * delete (and statement-level ones for truncate) in a journal table. The journal is written in the writer's
 * own transaction, so a rolled-back write leaves no trace, exactly like the data it undid.
 *
 * <p>Hashing every table's rows before and after each call said the same, but cost two full scans of about
 * eighty growing tables per call: most of the authorisation matrix's minutes. The triggers also watch tables
 * added after the test was written, which a hand-kept list forgot.
 */
public final class TableChanges implements AutoCloseable {

    private static final String JOURNAL = "test_table_change";
    private static final String TRIGGER = "test_note_table_change";

    private final TestSql sql;
    private final List<String> tables;

    private TableChanges(TestSql sql, List<String> tables) {
        this.sql = sql;
        this.tables = tables;
    }

    /**
     * Watches every table of the platform's schema but those named: tables that background work writes to on its own
     * schedule (and Flyway's history), which would otherwise be mistaken for the call's writes.
     */
    public static TableChanges watchAllBut(TestPlatform platform, Set<String> unwatched) {
        TestSql sql = new TestSql(platform);
        sql.update("CREATE TABLE IF NOT EXISTS " + JOURNAL + " (table_name text NOT NULL)");
        sql.update("CREATE OR REPLACE FUNCTION " + TRIGGER + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "INSERT INTO " + JOURNAL + " (table_name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$");
        List<String> tables = sql
                .column("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .stream()
                .map(String::valueOf)
                .filter(table -> !table.equals(JOURNAL) && !unwatched.contains(table) && !table.startsWith("flyway_"))
                .toList();
        for (String table : tables) {
            sql.update("CREATE OR REPLACE TRIGGER " + TRIGGER + "_rows AFTER INSERT OR UPDATE OR DELETE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION " + TRIGGER + "()");
            sql.update("CREATE OR REPLACE TRIGGER " + TRIGGER + "_truncate AFTER TRUNCATE ON " + table
                    + " FOR EACH STATEMENT EXECUTE FUNCTION " + TRIGGER + "()");
        }
        return new TableChanges(sql, tables);
    }

    public List<String> watched() {
        return tables;
    }

    /** Forgets what was written so far: what {@link #written()} says next is what happened after this call. */
    public void reset() {
        sql.update("DELETE FROM " + JOURNAL);
    }

    /** The watched tables written to since the last {@link #reset()}, in alphabetical order; empty when none. */
    public String written() {
        return sql.column("SELECT DISTINCT table_name FROM " + JOURNAL + " ORDER BY table_name").stream()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        for (String table : tables) {
            sql.update("DROP TRIGGER IF EXISTS " + TRIGGER + "_rows ON " + table);
            sql.update("DROP TRIGGER IF EXISTS " + TRIGGER + "_truncate ON " + table);
        }
        sql.update("DROP FUNCTION IF EXISTS " + TRIGGER + "() CASCADE");
        sql.update("DROP TABLE IF EXISTS " + JOURNAL);
    }
}
