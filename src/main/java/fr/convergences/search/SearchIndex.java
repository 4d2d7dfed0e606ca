package fr.convergences.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The Lucene index on disk. It is derived data: PostgreSQL is the truth, so an index that cannot
 * be opened is set aside (kept for inspection, never deleted) and a fresh one is created, to be
 * rebuilt from the database.
 */
@Singleton
public class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final Path path;
    private final Clock clock;
    private Directory directory;
    private IndexWriter writer;

    public SearchIndex(@Value("${convergences.data-dir:data}") String dataDirectory, Clock clock) {
        this.path = Path.of(dataDirectory).resolve("index").toAbsolutePath();
        this.clock = clock;
    }

    public Path path() {
        return path;
    }

    /** Opens the index on first use, so that commands which never search never lock it. */
    public synchronized IndexWriter writer() {
        if (writer == null) {
            try {
                writer = open();
            } catch (IOException e) {
                throw new UncheckedIOException("The search index at " + path + " cannot be opened", e);
            }
        }
        return writer;
    }

    /** The server opens the index at start, so that a broken index shows in the log at once, not at the first search. */
    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        writer();
    }

    public int documentCount() {
        try (DirectoryReader reader = DirectoryReader.open(writer())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexWriter open() throws IOException {
        Files.createDirectories(path);
        try {
            return createWriter();
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            Path asideTo = path.resolveSibling("index-corrupt-" + clock.millis());
            LOG.warn("The search index at {} is unreadable ({}); moved to {} and starting a new one to rebuild from the database",
                    path, e.getMessage(), asideTo);
            Files.move(path, asideTo);
            Files.createDirectories(path);
            return createWriter();
        }
    }

    private IndexWriter createWriter() throws IOException {
        directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(new FrenchAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            IndexWriter created = new IndexWriter(directory, config);
            created.commit(); // an empty index is a valid index: readers can open it at once
            return created;
        } catch (IOException e) {
            directory.close();
            throw e;
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.warn("The search index did not close cleanly", e);
        } finally {
            writer = null;
            directory = null;
        }
    }
}
