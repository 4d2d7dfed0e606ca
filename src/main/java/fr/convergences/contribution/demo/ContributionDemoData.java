package fr.convergences.contribution.demo;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionRepository;
import fr.convergences.contribution.ContributionStore;
import fr.convergences.contribution.ContributionText;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.mediation.Mediation;
import fr.convergences.contribution.mediation.MediationRepository;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo consultation of the Essonne council: real citizen proposals about health from the shipped
 * corpus (Make.org 2020, CC0), spread over two weeks, some in organisations' names, some collected
 * offline, some answered, some supported; so that the lists, filters, figures and search have
 * something true to show. Loaded once; a restart finds it and leaves it alone.
 */
@Singleton
public class ContributionDemoData implements DemoData {

    static final String TITLE = "Diagnostic territorial de santé de l’Essonne";
    static final String CORPUS = "corpora/makeorg-monde-d-apres-2020.csv";
    private static final Pattern HEALTH = Pattern.compile(
            "santé|médecin|hôpita|soign|soins|infirmi|ehpad|maladie|psychi|pharmac|urgences|vaccin|handicap|prévention");
    /** Theme names of the default taxonomy, and the words that put a proposal under each. */
    private static final Map<String, Pattern> THEME_WORDS = new LinkedHashMap<>();

    static {
        THEME_WORDS.put(
                "Accès aux soins de premier recours",
                Pattern.compile("médecin|généraliste|désert|pharmac|infirmi|dentist"));
        THEME_WORDS.put("Santé mentale", Pattern.compile("psych|mental|dépress|solitude"));
        THEME_WORDS.put(
                "Vieillissement et autonomie", Pattern.compile("ehpad|âgé|personnes âgées|retraite|dépendance|aidant"));
        THEME_WORDS.put("Prévention", Pattern.compile("prévention|vaccin|sport|alimentation|dépistage"));
        THEME_WORDS.put("Organisation territoriale", Pattern.compile("hôpita|urgences|lits|soignant"));
        THEME_WORDS.put("Santé numérique", Pattern.compile("numérique|télé|internet"));
        THEME_WORDS.put(
                "Déterminants de santé (logement, transports…)",
                Pattern.compile("logement|transport|pollution|environnement"));
    }

    private static final List<String> COMMUNES =
            List.of("91228", "91174", "91377", "91477", "91223", "91589", "91201", "91549", "91027", "91200");
    private static final int CONTRIBUTIONS = 180;

    private final ConsultationService consultations;
    private final CouncilRepository councils;
    private final AccountRepository accounts;
    private final ContributionRepository contributions;
    private final ContributionStore records;
    private final MediationRepository mediations;
    private final AnswerService answers;
    private final Clock clock;

    public ContributionDemoData(
            ConsultationService consultations,
            CouncilRepository councils,
            AccountRepository accounts,
            ContributionRepository contributions,
            ContributionStore records,
            MediationRepository mediations,
            AnswerService answers,
            Clock clock) {
        this.consultations = consultations;
        this.councils = councils;
        this.accounts = accounts;
        this.contributions = contributions;
        this.records = records;
        this.mediations = mediations;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional
    public void load() {
        Council council = councils.findBySlug("cts-essonne").orElseThrow();
        if (consultations.all().stream()
                .anyMatch(existing -> existing.councilId().equals(council.id()) && TITLE.equals(existing.title()))) {
            return; // loaded by an earlier start
        }
        Actor admin = Actor.account(StoredId.of(account("admin").id()));
        LocalDate today = LocalDate.now(clock);
        Consultation consultation = consultations.open(
                admin,
                StoredId.of(council.id()),
                new ConsultationForm(
                        TITLE,
                        "Quels sont vos besoins de santé, et que proposez-vous pour y répondre ?",
                        "Le **conseil territorial de santé** prépare le diagnostic de santé de l’Essonne. Dites-nous :\n\n"
                                + "- ce qui vous manque pour vous soigner près de chez vous ;\n- ce que vous proposez.\n\n"
                                + "Chaque contribution reçoit une réponse du conseil.",
                        List.of(
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.INFORMATION, today.minusDays(30), today.minusDays(15)),
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS, today.minusDays(14), today.plusDays(45)),
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.DEBATES, today.minusDays(7), today.plusDays(45)),
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.SYNTHESIS, today.plusDays(46), today.plusDays(75)),
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.ARBITRATION, today.plusDays(76), today.plusDays(90)),
                                new ConsultationForm.PhaseDates(
                                        PhaseKind.FEEDBACK, today.plusDays(91), today.plusDays(120)))));
        Map<String, Long> themes = new LinkedHashMap<>();
        long consultationId = StoredId.of(consultation.id());
        consultations.details(consultationId).themes().forEach(theme -> themes.put(theme.name(), theme.id()));
        List<Account> residents = residents();
        Random random = new Random(2026);
        Account volunteer = account("debats");
        Instant now = clock.instant();
        List<Long> saved = new ArrayList<>();
        List<String> texts = healthProposals();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean collected = i % 7 == 3;
            Instant when = now.minus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
            Contribution contribution = contributions.save(Contribution.create(
                    consultationId,
                    collected ? null : residents.get(i % residents.size()).id(),
                    collected ? ContributionOrigin.MEDIATED : ContributionOrigin.ONLINE,
                    null,
                    new ContributionText(
                            i % 5 == 0 ? ContributionKind.NEED : ContributionKind.PROPOSAL,
                            title(text),
                            text,
                            COMMUNES.get(random.nextInt(COMMUNES.size()))),
                    true,
                    when));
            long contributionId = contribution.storedId();
            records.replaceThemes(contributionId, themesOf(text, themes));
            if (collected) {
                mediations.save(new Mediation(
                        contributionId,
                        volunteer.id(),
                        null,
                        i % 2 == 0 ? "Marché d’Évry" : "Centre social de Corbeil",
                        when,
                        null,
                        null));
            }
            saved.add(contributionId);
        }
        supports(saved, residents, random);
        answers.answer(
                admin,
                saved.get(0),
                AnswerStatus.UNDER_STUDY,
                "Le conseil étudie cette proposition avec la CPTS Cœur d’Essonne ; réponse détaillée lors de la synthèse.");
        answers.answer(
                admin,
                saved.get(1),
                AnswerStatus.RETAINED,
                "Retenue : elle sera inscrite au projet territorial de santé.");
    }

    /** Supports from other residents, more for some contributions than others, as in real consultations. */
    private void supports(List<Long> saved, List<Account> residents, Random random) {
        for (long contribution : saved) {
            int count = (int) Math.floor(Math.pow(random.nextDouble(), 3) * residents.size());
            for (int k = 0; k < count; k++) {
                long supporter = StoredId.of(
                        residents.get(random.nextInt(residents.size())).id());
                records.seedSupport(contribution, supporter, clock.instant());
            }
        }
    }

    private List<Account> residents() {
        List<Account> residents = new ArrayList<>();
        residents.add(account("habitant"));
        for (int i = 1; i <= 32; i++) {
            accounts.findByEmailIgnoringCase("membre" + i + "@demo.convergences.fr")
                    .ifPresent(residents::add);
        }
        return residents;
    }

    private Account account(String login) {
        return accounts.findByEmailIgnoringCase(login + "@demo.convergences.fr").orElseThrow();
    }

    /** The first proposals of the corpus that speak of health, in the corpus's order. */
    public static List<String> healthProposals() {
        List<String> texts = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(
                        ContributionDemoData.class.getClassLoader().getResourceAsStream(CORPUS)),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String text = row.get("text").strip();
                if (HEALTH.matcher(text.toLowerCase(Locale.FRENCH)).find()
                        && text.length() <= Contribution.BODY_MAX_LENGTH) {
                    texts.add(text);
                    if (texts.size() == CONTRIBUTIONS) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** A title from the text: its first words, cut at a word boundary. */
    public static String title(String text) {
        if (text.length() <= 90) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 88);
        return text.substring(0, cut > 40 ? cut : 88) + "…";
    }

    private static Set<Long> themesOf(String text, Map<String, Long> themes) {
        String lower = text.toLowerCase(Locale.FRENCH);
        return THEME_WORDS.entrySet().stream()
                .filter(entry -> entry.getValue().matcher(lower).find())
                .map(entry -> themes.get(entry.getKey()))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }
}
