package fr.convergences.project.diagnostic;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A diagnostic as its page, its PDF and the editor read it: the version shown (the latest published for the public,
 * the one in the making for council admins) with its sections and needs, the figures per commune with the priority
 * communes, and the published versions with their dates. {@code shown} is null when there is nothing the reader may see.
 */
public record DiagnosticDetails(
        long councilId,
        String councilName,
        String councilSlug,
        @Nullable Shown shown,
        List<Published> published,
        ZoneId zone,
        boolean canManage) {

    public boolean isEmpty() {
        return shown == null;
    }

    /**
     * What the page shows: the diagnostic, the version shown and its content. The dates are the version's adoption and
     * publication days in the council's zone: a draft has neither, an adopted version no publication day yet, and a
     * published one both (diagnostic_version's checks).
     */
    public record Shown(
            Diagnostic diagnostic,
            DiagnosticVersion version,
            @Nullable LocalDate adoptedOn,
            @Nullable LocalDate publishedOn,
            String consultationTitle,
            List<SectionView> sections,
            FigureTable figures,
            List<PriorityView> priorities) {}

    public record SectionView(DiagnosticStore.Section section, List<NeedView> needs) {}

    /**
     * A need, with its quote only while the quoted contribution may still be read in public, the convergence's page
     * while the public still sees it, and the projet actions that answer it.
     */
    public record NeedView(
            DiagnosticStore.Need need,
            boolean quoteShown,
            @Nullable String convergencePath,
            List<ActionLink> actions) {}

    public record ActionLink(long id, String title) {}

    /** The figures per commune as a table: one column per figure, one row per commune, and the sources quoted. */
    public record FigureTable(List<String> figures, List<FigureRow> rows, List<String> sources) {}

    public record FigureRow(String inseeCode, String commune, boolean priority, List<@Nullable BigDecimal> values) {}

    public record PriorityView(String inseeCode, String commune, String reason) {}

    public record Published(int number, LocalDate date) {}
}
