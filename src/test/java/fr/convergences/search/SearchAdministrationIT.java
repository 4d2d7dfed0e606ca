package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchAdministrationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SearchAdministration administration = platform.bean(SearchAdministration.class);

    @Test
    void only_a_platform_admin_sees_the_index_and_rebuilds_it() throws Exception {
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Habitant"));
        assertThatThrownBy(() -> administration.status(resident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.rebuild(resident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.rebuild(Actor.ANONYMOUS)).isInstanceOf(AccessDeniedException.class);

        Actor admin = TestAccounts.actor(new TestAccounts(platform).createPlatformAdmin("Admin plateforme"));
        SearchFixture fixture = new SearchFixture(platform);
        fixture.contribution("Centre de vaccination", "Un centre de vaccination ouvert le samedi.")
                .save();
        administration.rebuild(admin);
        fixture.awaitIndexed(); // waits for the rebuild too: it holds the index's writing turn
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (administration.status(admin).rebuild().state() == IndexRebuilder.State.RUNNING
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        SearchAdministration.Status status = administration.status(admin);
        assertThat(status.rebuild().state()).isEqualTo(IndexRebuilder.State.DONE);
        assertThat(status.documents()).isEqualTo((int) fixture.sql.count(
                "SELECT count(*) FROM contribution WHERE status NOT IN ('DRAFT', 'WITHDRAWN') AND NOT hidden"));
        assertThat(status.pendingChanges()).isZero();
    }
}
