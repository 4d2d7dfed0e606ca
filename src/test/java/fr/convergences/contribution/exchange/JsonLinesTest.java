package fr.convergences.contribution.exchange;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void nested_objects_become_slash_separated_columns_as_in_decidim_csv_exports() throws IOException {
        assertThat(
                        JsonLines.columns(
                                "{\"id\": 7, \"title\": {\"fr\": \"Écoute\", \"en\": \"Listening\"}, \"category\": {\"name\": {\"fr\": \"Prévention\"}}}"))
                .containsExactly(
                        entry("id", "7"),
                        entry("title/fr", "Écoute"),
                        entry("title/en", "Listening"),
                        entry("category/name/fr", "Prévention"));
    }

    @Test
    void a_list_of_values_becomes_one_value_and_nulls_are_absent() throws IOException {
        assertThat(
                        JsonLines.columns(
                                "{\"themes\": [\"Santé mentale\", null, \"Prévention\", {\"x\": 1}], \"scope\": null, \"votes\": 3, \"ok\": true}"))
                .containsExactly(
                        entry("themes", "Santé mentale | Prévention"), entry("votes", "3"), entry("ok", "true"));
    }

    @Test
    void a_line_that_is_not_exactly_one_object_is_refused() {
        assertThatThrownBy(() -> JsonLines.columns("[1, 2]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonLines.columns("{\"title\": \"A\"} {\"title\": \"B\"}"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonLines.columns("{\"title\": \"A\",")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonLines.columns("\"texte\"")).isInstanceOf(IOException.class);
    }
}
