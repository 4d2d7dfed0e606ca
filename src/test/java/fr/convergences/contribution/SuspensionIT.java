package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.contribution.moderation.SuspensionService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilSuspension;
import fr.convergences.identity.CouncilSuspensionRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.SuspendedException;
import fr.convergences.identity.notification.Notification;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.testing.TestMandates;
import fr.convergences.testing.TestOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuspensionIT {

    private ModerationTestData data;
    private SuspensionService suspensions;
    private DiscussionService discussions;
    private Actor person;
    private long contribution;

    @BeforeEach
    void aPersonTakingPart() {
        data = new ModerationTestData();
        suspensions = data.platform.bean(SuspensionService.class);
        discussions = data.platform.bean(DiscussionService.class);
        person = data.person("Participant");
        contribution = data.contribution(data.person("Autrice"), "Plus de kinés", "Il manque des kinésithérapeutes.");
    }

    @Test
    void a_suspended_person_reads_but_cannot_take_part_in_that_council_and_is_told_until_when() {
        data.platform.bean(TestMandates.class).makeMember(person.accountId(), data.council);
        long ownComment = discussions
                .comment(person, contribution, null, Stance.FOR, "D’accord")
                .id();
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7);

        suspensions.suspend(data.moderator, data.council, person.accountId(), "Insultes répétées", lastDay);

        assertThatThrownBy(() -> discussions.comment(person, contribution, null, Stance.FOR, "Encore"))
                .isInstanceOf(SuspendedException.class)
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("moderation.suspended.until");
                    Date shown = (Date) ((SuspendedException) e).arguments()[0];
                    assertThat(LocalDate.ofInstant(shown.toInstant(), ZoneId.systemDefault()))
                            .isEqualTo(lastDay);
                });
        assertThatThrownBy(() -> discussions.support(person, contribution)).isInstanceOf(SuspendedException.class);
        assertThatThrownBy(
                        () -> data.platform.bean(ModerationService.class).report(person, contribution, "Hors charte"))
                .isInstanceOf(SuspendedException.class);
        assertThatThrownBy(() -> discussions.reportComment(person, ownComment, "Hors charte"))
                .isInstanceOf(SuspendedException.class);
        assertThatThrownBy(() -> data.contribution(person, "Titre", "Texte")).isInstanceOf(SuspendedException.class);
        assertThat(discussions.discussion(person, contribution, Locale.FRENCH).threads())
                .hasSize(1);
        Permissions permissions = data.platform.bean(Permissions.class);
        assertThat(permissions.rolesIn(person, data.council))
                .as("mandates are untouched")
                .contains(CouncilRole.MEMBER);
        assertThat(permissions.allows(person, Action.COMMENT, new ModerationTestData().council))
                .as("in another council")
                .isTrue();
        assertThat(suspensions.inForce(data.moderator, data.council))
                .singleElement()
                .satisfies(current -> assertThat(current.name()).isEqualTo("Participant"));
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(person))
                .extracting(Notification::title)
                .containsExactly("Votre participation est suspendue");
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .containsExactly("participant.suspend");
    }

    @Test
    void a_lifted_or_expired_suspension_no_longer_refuses_anything() {
        CouncilSuspension suspension =
                suspensions.suspend(data.moderator, data.council, person.accountId(), "Spam", null);
        assertThatThrownBy(() -> discussions.comment(person, contribution, null, Stance.FOR, "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspended.indefinitely"));
        assertThatThrownBy(() -> suspensions.suspend(data.moderator, data.council, person.accountId(), "Encore", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.already"));

        suspensions.lift(data.moderator, suspension.id(), "Excuses présentées");

        discussions.comment(person, contribution, null, Stance.FOR, "Je reviens, poliment");
        assertThatThrownBy(() -> suspensions.lift(data.moderator, suspension.id(), "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.notInForce"));
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .containsExactly("participant.suspend", "participant.suspension.lift");

        // A suspension whose last day is over: as if time had passed.
        Actor other = data.person("Ancien suspendu");
        Instant started = Instant.now().minus(Duration.ofDays(10));
        data.platform
                .bean(CouncilSuspensionRepository.class)
                .save(new CouncilSuspension(
                        null,
                        data.council,
                        other.accountId(),
                        "Spam",
                        data.moderator.accountId(),
                        started,
                        LocalDate.now().minusDays(3),
                        Instant.now().minus(Duration.ofDays(2)),
                        null,
                        null,
                        null,
                        null));
        discussions.support(other, contribution);
        assertThat(suspensions.inForce(data.moderator, data.council)).isEmpty();
        suspensions.suspend(data.moderator, data.council, other.accountId(), "Récidive", null);
    }

    @Test
    void only_moderators_and_council_admins_suspend_others_and_a_refusal_changes_nothing() {
        String before = data.everything();

        assertThatThrownBy(
                        () -> suspensions.suspend(person, data.council, data.moderator.accountId(), "Vengeance", null))
                .isInstanceOf(AccessDeniedException.class)
                .isNotInstanceOf(SuspendedException.class);
        assertThatThrownBy(() -> suspensions.suspend(
                        new ModerationTestData().moderator, data.council, person.accountId(), "Autre conseil", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        suspensions.suspend(data.moderator, data.council, data.moderator.accountId(), "Moi", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.self"));
        assertThatThrownBy(() -> suspensions.suspend(
                        data.moderator,
                        data.council,
                        person.accountId(),
                        "Spam",
                        LocalDate.now().minusDays(2)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.lastDay.past"));
        assertThatThrownBy(() -> suspensions.suspend(data.moderator, data.council, person.accountId(), " ", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.reason"));
        assertThatThrownBy(() -> suspensions.suspend(data.moderator, data.council, -1, "Spam", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.suspension.unknownAccount"));

        assertThat(data.everything().split(",")).containsExactly(before.split(","));
    }

    @Test
    void the_database_refuses_two_overlapping_suspensions_of_one_person_in_one_council() {
        suspensions.suspend(data.moderator, data.council, person.accountId(), "Spam", null);
        // Past the service, which refuses it first: the database's own constraint is what is tested.
        assertThatThrownBy(() -> data.sql.update("""
                INSERT INTO council_suspension (council_id, account_id, reason, suspended_by, starts_at)
                VALUES (?, ?, 'Doublon', ?, now())""", data.council, person.accountId(), data.moderator.accountId()))
                .hasStackTraceContaining("exclusion constraint");
        assertThat(data.sql.count("SELECT count(*) FROM council_suspension WHERE account_id = ?", person.accountId()))
                .isEqualTo(1);
    }
}
