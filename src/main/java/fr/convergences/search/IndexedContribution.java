package fr.convergences.search;

import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A contribution as PostgreSQL holds it now, with what the index needs from the rows around it. */
record IndexedContribution(
        long id,
        long consultationId,
        long councilId,
        @Nullable Long authorAccountId,
        ContributionKind kind,
        String title,
        String body,
        @Nullable String communeInsee,
        ContributionStatus status,
        @Nullable Instant publishedAt,
        ContributionOrigin origin,
        @Nullable Long organisationId,
        boolean hidden,
        int supportCount,
        @Nullable AnswerStatus answerStatus,
        List<Long> themeIds,
        @Nullable String addenda) {

    /** Only what the public may see is indexed: drafts, withdrawn and hidden contributions never are. */
    boolean isPublic() {
        return status == ContributionStatus.PUBLISHED && !hidden && publishedAt != null;
    }

    /** Who speaks, for the "author" facet: an organisation, a resident online, a voice collected offline, an import. */
    AuthorType authorType() {
        if (organisationId != null) {
            return AuthorType.ORGANISATION;
        }
        return switch (origin) {
            case ONLINE -> AuthorType.RESIDENT;
            case MEDIATED, DEBATE, PAPER -> AuthorType.OFFLINE;
            case IMPORTED -> AuthorType.IMPORTED;
        };
    }

    enum AuthorType {
        RESIDENT,
        ORGANISATION,
        OFFLINE,
        IMPORTED
    }
}
