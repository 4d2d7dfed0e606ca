package fr.convergences.contribution.exchange;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.consultation.Theme;
import fr.convergences.consultation.ThemeRepository;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Builds what an import test needs: a council admin, a consultation with open phases and its themes, and files. */
final class ImportFixtures {

    static final List<String> THEMES = List.of("Santé mentale", "Accès aux soins de premier recours", "Prévention");

    private final TestPlatform platform;

    ImportFixtures(TestPlatform platform) {
        this.platform = platform;
    }

    Actor councilAdmin(long councilId) {
        long account = new TestAccounts(platform).create("Admin du conseil").id();
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account, councilId, CouncilRole.COUNCIL_ADMIN));
        return Actor.account(account);
    }

    /** A consultation whose contributions phase is open today and which has the themes above. */
    long consultation(long councilId, String title) {
        return consultation(
                councilId, title, LocalDate.now().minusDays(10), LocalDate.now().plusDays(10));
    }

    long consultation(long councilId, String title, LocalDate startsOn, LocalDate endsOn) {
        long id = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, councilId, title, "Vos besoins ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class).save(new Phase(null, id, PhaseKind.CONTRIBUTIONS, startsOn, endsOn));
        for (int i = 0; i < THEMES.size(); i++) {
            platform.bean(ThemeRepository.class).save(new Theme(null, id, THEMES.get(i), i + 1));
        }
        return id;
    }

    ImportFile receive(Actor actor, long consultationId, String name, String content) {
        return receive(actor, consultationId, name, content, StandardCharsets.UTF_8);
    }

    ImportFile receive(Actor actor, long consultationId, String name, String content, Charset charset) {
        byte[] bytes = content.getBytes(charset);
        return platform.bean(ContributionImportService.class)
                .receive(actor, consultationId, name, bytes.length, new ByteArrayInputStream(bytes));
    }
}
