package fr.convergences.convergence;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A regional synthesis: the consultations of several councils read as one document, in the same form as a council's
 * (themes, convergences with their quotes, divergences, other contributions, sources, figures), each quote saying which
 * council it comes from. Each council's themes and confirmed convergences are those its moderators curated; themes of
 * the same name (accents and case aside) are one theme of the regional document, "Autres propositions" last. Figures
 * and sources are counted over all the contributions together, so a person who spoke in two councils is one voice.
 * <p>
 * Who may draw it: a platform admin, or a "regional" editor, which the platform has no role for: whoever curates the
 * convergences of every council picked (a person appointed moderator in each council of the region).
 */
@Singleton
public class RegionalSynthesisService {

    /** Several councils: with one, the council's own synthesis is the document. */
    public static final int MIN_COUNCILS = 2;

    private final SynthesisDocumentService documents;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final Clock clock;

    public RegionalSynthesisService(SynthesisDocumentService documents, ConsultationService consultations, Permissions permissions, Clock clock) {
        this.documents = documents;
        this.consultations = consultations;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** A consultation the actor may pick: its id, title and council. */
    public record Choice(long consultationId, String title, String council) {
    }

    /** The consultations the actor may put in a regional synthesis, newest first: all for a platform admin, else those of the councils they curate. */
    @Transactional(readOnly = true)
    public List<Choice> choices(Actor actor) {
        boolean platformAdmin = permissions.isPlatformAdmin(actor);
        List<Choice> choices = new ArrayList<>();
        for (Consultation consultation : consultations.all()) {
            if (platformAdmin || permissions.allows(actor, Action.CURATE_CONVERGENCES, consultation.councilId())) {
                choices.add(new Choice(consultation.id(), consultation.title(), consultations.details(consultation.id()).councilName()));
            }
        }
        choices.sort(java.util.Comparator.comparingLong(Choice::consultationId).reversed());
        return choices;
    }

    /**
     * The regional document as it stands now (a preview: not stored, no number). Refused, showing nothing, unless the
     * consultations are of at least {@link #MIN_COUNCILS} councils and the actor may draw it.
     */
    @Transactional(readOnly = true)
    public SynthesisDocument preview(Actor actor, List<Long> consultationIds, String title, String framing, Locale locale) {
        Set<Long> picked = new LinkedHashSet<>(Objects.requireNonNullElse(consultationIds, List.of()));
        Map<Long, ConsultationDetails> details = new LinkedHashMap<>();
        for (long id : picked) {
            details.put(id, consultations.details(id));
        }
        Set<Long> councils = new LinkedHashSet<>();
        details.keySet().forEach(id -> councils.add(consultations.councilOf(id)));
        if (!permissions.isPlatformAdmin(actor)) {
            councils.forEach(council -> permissions.require(actor, Action.CURATE_CONVERGENCES, council));
        }
        if (councils.size() < MIN_COUNCILS) {
            throw new UserFacingException("synthesis.regional.fewCouncils");
        }
        String cleanTitle = TextInput.singleLine(title, SynthesisDocumentService.TITLE_MAX_LENGTH, "synthesis.title");
        String cleanFraming = Objects.requireNonNullElse(TextInput.optional(framing, SynthesisDocumentService.FRAMING_MAX_LENGTH,
                "synthesis.framing"), "");
        Map<String, SynthesisStructure.ThemePart> themes = new LinkedHashMap<>();
        Map<Long, String> councilOf = new LinkedHashMap<>();
        for (Map.Entry<Long, ConsultationDetails> consultation : details.entrySet()) {
            String council = consultation.getValue().councilName();
            for (SynthesisStructure.ThemePart part : documents.structureNow(consultation.getKey()).themes()) {
                String key = part.isOther() ? ThemeKey.OTHER.toString() : "r-" + fold(part.label());
                themes.merge(key, new SynthesisStructure.ThemePart(key, part.label(), "", part.convergences(), part.divergences(), part.others()),
                        RegionalSynthesisService::together);
                SynthesisDifferences.ids(new SynthesisStructure(List.of(part))).forEach(id -> councilOf.put(id, council));
            }
        }
        List<SynthesisStructure.ThemePart> parts = new ArrayList<>(themes.values().stream().filter(part -> !part.isOther()).toList());
        themes.values().stream().filter(SynthesisStructure.ThemePart::isOther).forEach(parts::add);
        String names = String.join(", ", details.values().stream().map(ConsultationDetails::councilName).distinct().toList());
        String titles = String.join(" ; ", details.values().stream().map(detail -> detail.consultation().title()).toList());
        LocalDate today = LocalDate.now(clock.withZone(details.values().iterator().next().zone()));
        return documents.regional(titles, names, today, cleanTitle, cleanFraming, new SynthesisStructure(parts), councilOf, locale);
    }

    private static SynthesisStructure.ThemePart together(SynthesisStructure.ThemePart first, SynthesisStructure.ThemePart second) {
        return new SynthesisStructure.ThemePart(first.key(), first.label(), "", concat(first.convergences(), second.convergences()),
                concat(first.divergences(), second.divergences()), concat(first.others(), second.others()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** A theme's name as compared across councils: "Accès aux soins" and "accès aux soins " are one theme. */
    private static String fold(String label) {
        return Normalizer.normalize(Objects.requireNonNullElse(label, ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
