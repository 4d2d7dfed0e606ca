package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexIT {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_new_index_is_created_on_disk_and_readable(@TempDir Path data) {
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.documentCount()).isZero();
            assertThat(data.resolve("index")).isDirectoryContaining("glob:**/segments_*");
        }
    }

    @Test
    void a_corrupt_index_is_set_aside_not_deleted_and_a_fresh_one_opens(@TempDir Path data) throws Exception {
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            index.writer();
        }
        Path segments;
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            segments = files.filter(file -> file.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(segments, "not a Lucene file");

        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.documentCount()).isZero();
        }
        Path asideTo = data.resolve("index-corrupt-" + clock.millis());
        assertThat(asideTo.resolve(segments.getFileName())).hasContent("not a Lucene file");
    }

    @Test
    void an_index_written_with_another_layout_is_replaced_by_a_new_one_to_rebuild(@TempDir Path data) throws Exception {
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            IndexWriter writer = index.writer();
            writer.setLiveCommitData(
                    java.util.Map.of(ContributionDocument.SCHEMA_KEY, "1").entrySet());
            writer.commit();
        }

        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.opening()).isEqualTo(SearchIndex.Opening.OUTDATED);
            assertThat(index.documentCount()).isZero();
        }
        assertThat(data.resolve("index-previous")).isDirectoryContaining("glob:**/segments_*");
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.opening())
                    .as("the new index carries the current layout")
                    .isEqualTo(SearchIndex.Opening.EXISTING);
        }
    }
}
