package fr.convergences.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void an_ordinary_name_is_kept_and_quoted() {
        assertThat(Downloads.attachment("seance-12.ics")).isEqualTo("attachment; filename=\"seance-12.ics\"");
        assertThat(Downloads.inline("synthese-3-v2.md")).isEqualTo("inline; filename=\"synthese-3-v2.md\"");
    }

    @Test
    void a_name_made_from_data_cannot_close_the_quotes_or_start_a_header_line() {
        assertThat(Downloads.attachment("a\"b\r\nSet-Cookie: x=1.csv"))
                .isEqualTo("attachment; filename=\"a_b__Set-Cookie__x_1.csv\"");
    }
}
