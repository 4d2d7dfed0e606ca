package fr.convergences.contribution;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Supporting and discussing contributions. One support per person per contribution (a primary key,
 * so two clicks or two devices count once); supporting one's own contribution is refused, since the
 * count is read as "how many others share this". Comments take a stance and may answer a comment.
 */
@Singleton
public class DiscussionService {

    private final ContributionRepository contributions;
    private final CommentRepository comments;
    private final ConsultationService consultations;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final JdbcOperations jdbc;
    private final I18NProvider messages;
    private final Clock clock;

    public DiscussionService(ContributionRepository contributions, CommentRepository comments, ConsultationService consultations,
                             AccountRepository accounts, Permissions permissions, JdbcOperations jdbc, I18NProvider messages, Clock clock) {
        this.contributions = contributions;
        this.comments = comments;
        this.consultations = consultations;
        this.accounts = accounts;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public void support(Actor actor, long contributionId) {
        Contribution contribution = requireAllowed(actor, Action.SUPPORT, contributionId);
        if (actor.accountId().equals(contribution.authorAccountId())) {
            throw new UserFacingException("contribution.support.own");
        }
        int inserted = jdbc.prepareStatement("""
                INSERT INTO contribution_support (contribution_id, account_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setLong(1, contributionId);
            statement.setLong(2, actor.accountId());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        if (inserted == 0) {
            throw new UserFacingException("contribution.support.twice");
        }
    }

    @Transactional
    public void withdrawSupport(Actor actor, long contributionId) {
        requireAllowed(actor, Action.SUPPORT, contributionId);
        jdbc.prepareStatement("DELETE FROM contribution_support WHERE contribution_id = ? AND account_id = ?", statement -> {
            statement.setLong(1, contributionId);
            statement.setLong(2, actor.accountId());
            return statement.executeUpdate();
        });
    }

    /** Comments on a contribution, or replies to a top-level comment of the same contribution. */
    @Transactional
    public Comment comment(Actor actor, long contributionId, Long parentId, Stance stance, String body) {
        requireAllowed(actor, Action.COMMENT, contributionId);
        if (stance == null) {
            throw new UserFacingException("contribution.comment.stance");
        }
        String text = body == null ? "" : TextInput.clean(body);
        if (text.isEmpty() || text.length() > Comment.BODY_MAX_LENGTH) {
            throw new UserFacingException("contribution.comment.body", Comment.BODY_MAX_LENGTH);
        }
        if (parentId != null) {
            comments.findById(parentId)
                    .filter(parent -> parent.contributionId() == contributionId && parent.parentId() == null)
                    .orElseThrow(() -> new UserFacingException("contribution.comment.parent"));
        }
        return comments.save(new Comment(null, contributionId, parentId, actor.accountId(), stance, text, clock.instant()));
    }

    /** The contribution's page: public, with the viewer's own support marked. */
    @Transactional(readOnly = true)
    public Discussion discussion(Actor viewer, long contributionId, Locale locale) {
        Contribution contribution = contributions.findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        if (contribution.isDraft() && !(viewer.isAuthenticated() && viewer.accountId().equals(contribution.authorAccountId()))) {
            throw new UserFacingException("contribution.unknown");
        }
        if (contribution.hidden() && !permissions.allows(viewer, Action.MODERATE,
                consultations.details(contribution.consultationId()).consultation().councilId())) {
            throw new UserFacingException("contribution.hidden");
        }
        long supports = count("SELECT count(*) FROM contribution_support WHERE contribution_id = ?", contributionId, null);
        boolean supported = viewer.isAuthenticated() && count(
                "SELECT count(*) FROM contribution_support WHERE contribution_id = ? AND account_id = ?", contributionId, viewer.accountId()) > 0;
        List<Comment> all = comments.findByContributionIdOrderByCreatedAt(contributionId);
        Map<Long, List<Comment>> replies = all.stream().filter(comment -> comment.parentId() != null)
                .collect(Collectors.groupingBy(Comment::parentId));
        List<Discussion.Thread> threads = all.stream().filter(comment -> comment.parentId() == null)
                .map(comment -> new Discussion.Thread(comment, name(comment.authorAccountId(), locale),
                        replies.getOrDefault(comment.id(), List.of()).stream()
                                .map(reply -> new Discussion.Reply(reply, name(reply.authorAccountId(), locale))).toList()))
                .toList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            counts.put(stance, all.stream().filter(comment -> comment.stance() == stance).count());
        }
        return new Discussion(contribution, name(contribution.authorAccountId(), locale), supports, supported, threads, counts);
    }

    private Contribution requireAllowed(Actor actor, Action action, long contributionId) {
        Contribution contribution = contributions.findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        permissions.require(actor, action, consultations.details(contribution.consultationId()).consultation().councilId());
        if (contribution.hidden()) {
            throw new UserFacingException("contribution.hidden");
        }
        return contribution;
    }

    /** The author's display name (a pseudonym is fine), or "compte supprimé". */
    private String name(Long accountId, Locale locale) {
        if (accountId == null) {
            return messages.getTranslation("contribution.author.none", locale);
        }
        // A deleted account keeps its id but no name.
        return accounts.findById(accountId).map(Account::displayName)
                .orElseGet(() -> messages.getTranslation("contribution.author.deleted", locale));
    }

    private long count(String sql, long contributionId, Long accountId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, contributionId);
            if (accountId != null) {
                statement.setLong(2, accountId);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
