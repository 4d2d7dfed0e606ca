package fr.convergences.base.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainHashTest {

    @Test
    void a_link_hashes_its_fields_joined_by_line_feeds() {
        assertThat(ChainHash.of("1", "2", null)).isEqualTo(ChainHash.sha256("1\n2\nnull"));
        // SHA-256 of "abc", the test vector of FIPS 180-2
        assertThat(ChainHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void any_change_of_a_field_changes_the_hash() {
        assertThat(ChainHash.of("a", "b"))
                .hasSize(64)
                .isNotEqualTo(ChainHash.of("a", "c"))
                .isNotEqualTo(ChainHash.of("b", "a"));
    }
}
