package fr.convergences.contribution.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file kept in a temporary file between the preview and the confirmation, so that neither
 * holds the whole file in memory; closing it deletes it.
 */
public final class ImportFile implements AutoCloseable {

    private final String name;
    private final Path path;
    private final long size;

    ImportFile(String name, Path path, long size) {
        this.name = name;
        this.path = path;
        this.size = size;
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
