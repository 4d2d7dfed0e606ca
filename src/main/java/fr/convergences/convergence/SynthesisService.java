package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.PublicContributions;
import fr.convergences.identity.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a consultation's synthesis from its confirmed convergences (public data only), in the reader's language. */
@Singleton
public class SynthesisService {

    static final int QUOTES = 3;

    private final ConvergenceService convergences;
    private final ConsultationService consultations;
    private final I18NProvider messages;
    private final PublicContributions publicContributions;
    private final Clock clock;

    public SynthesisService(
            ConvergenceService convergences,
            ConsultationService consultations,
            I18NProvider messages,
            PublicContributions publicContributions,
            Clock clock) {
        this.convergences = convergences;
        this.consultations = consultations;
        this.messages = messages;
        this.publicContributions = publicContributions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Synthesis synthesis(long consultationId, Locale locale) {
        ConsultationDetails details = consultations.details(consultationId);
        Map<String, List<Synthesis.Item>> byTheme = new LinkedHashMap<>();
        details.themes().forEach(theme -> byTheme.put(theme.name(), new ArrayList<>()));
        String other = messages.getTranslation("convergence.synthesis.otherTheme", locale);
        for (ConvergenceService.ConvergenceView view : convergences.list(Actor.ANONYMOUS, consultationId, QUOTES)) {
            StoredConvergence convergence = view.convergence();
            List<Synthesis.Quotation> quotes = view.quotes().stream()
                    .map(quote -> new Synthesis.Quotation(
                            QuoteText.shorten(quote.body()), QuoteText.source(messages, quote, locale)))
                    .toList();
            String voices = VoiceSummary.describe(
                    view.voices(), (key, parameters) -> messages.getTranslation(key, locale, parameters));
            byTheme.computeIfAbsent(view.theme() == null ? other : view.theme(), theme -> new ArrayList<>())
                    .add(new Synthesis.Item(
                            convergence.label(), view.members().size(), voices, view.communes(), quotes));
        }
        List<Synthesis.ThemeGroup> groups = byTheme.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Synthesis.ThemeGroup(entry.getKey(), entry.getValue()))
                .toList();
        return new Synthesis(
                details.consultation().title(),
                details.councilName(),
                details.consultation().question(),
                LocalDate.now(clock.withZone(details.zone())),
                publicContributions.count(consultationId),
                groups);
    }
}
