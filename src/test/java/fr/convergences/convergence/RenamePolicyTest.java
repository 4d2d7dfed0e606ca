package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenamePolicyTest {

    private final List<RenamePolicy.Renamed> renamed = List.of(
            new RenamePolicy.Renamed("c-1", "Des soignants", Set.of(1L, 2L, 3L)),
            new RenamePolicy.Renamed("c-2", "Des médecins", Set.of(7L, 8L)));

    @Test
    void a_rename_follows_the_group_sharing_most_of_its_members() {
        assertThat(RenamePolicy.labelFor("c-9", List.of(1L, 2L, 3L, 4L), renamed))
                .hasValue("Des soignants");
    }

    @Test
    void the_same_engine_key_wins_over_member_overlap() {
        assertThat(RenamePolicy.labelFor("c-2", List.of(1L, 2L, 3L), renamed)).hasValue("Des médecins");
    }

    @Test
    void a_group_sharing_less_than_half_of_the_union_is_another_group() {
        assertThat(RenamePolicy.labelFor("c-9", List.of(3L, 4L, 5L), renamed)).isEmpty();
    }
}
