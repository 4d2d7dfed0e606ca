package fr.convergences.debate.registration;

import fr.convergences.identity.RetentionRule;
import jakarta.inject.Singleton;
import java.util.List;

/** States on the personal-data page the period after which {@link RegistrantErasure} erases debate registrants. */
@Singleton
class RegistrantRetentionRule implements RetentionRule.Source {

    private final RegistrantErasure erasure;

    RegistrantRetentionRule(RegistrantErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(new RetentionRule(
                "debate.retention.registrants", erasure.retention().toDays()));
    }
}
