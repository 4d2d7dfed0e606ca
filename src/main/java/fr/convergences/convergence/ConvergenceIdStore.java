package fr.convergences.convergence;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Convergences, published synthesis versions and regional syntheses by id, for their pages to answer 404 when a visitor would find nothing
 * (issue 18). A convergence's page shows the public a confirmed one only: proposed and dismissed ones are the curators'.
 * (The page also hides a confirmed one whose public voices fell below two; counting them is more than the one indexed
 * lookup a page request may cost, so that rare page answers 200 with its "not found".)
 */
@Singleton
class ConvergenceIdStore implements KnownIds {

    private final Sql sql;

    ConvergenceIdStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "convergences/:id",
                        parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::confirmed),
                "consultations/:id/synthese/:number",
                        parameters -> KnownIds.id(parameters, "id").stream()
                                .anyMatch(consultation -> KnownIds.id(parameters, "number").stream()
                                        .anyMatch(number -> published(consultation, number))),
                // A regional synthesis is public once published; its draft is its editors' (their page still shows it).
                "syntheses/regionales/:id",
                        parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::regionalPublished),
                "syntheses/regionales/:id/v/:number",
                        parameters -> KnownIds.id(parameters, "id").stream()
                                .anyMatch(regional -> KnownIds.id(parameters, "number").stream()
                                        .anyMatch(number -> regionalPublished(regional, number))));
    }

    @Transactional(readOnly = true)
    public boolean regionalPublished(long regionalId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM regional_synthesis_version WHERE regional_synthesis_id = ?)", regionalId);
    }

    @Transactional(readOnly = true)
    public boolean regionalPublished(long regionalId, long number) {
        return number <= Integer.MAX_VALUE
                && sql.exists(
                        "SELECT EXISTS (SELECT 1 FROM regional_synthesis_version WHERE regional_synthesis_id = ? AND number = ?)",
                        regionalId,
                        (int) number);
    }

    @Transactional(readOnly = true)
    public boolean confirmed(long convergenceId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM convergence WHERE id = ? AND status = 'CONFIRMED')", convergenceId);
    }

    @Transactional(readOnly = true)
    public boolean published(long consultationId, long number) {
        return number <= Integer.MAX_VALUE
                && sql.exists(
                        "SELECT EXISTS (SELECT 1 FROM synthesis_version WHERE consultation_id = ? AND number = ?)",
                        consultationId,
                        (int) number);
    }
}
