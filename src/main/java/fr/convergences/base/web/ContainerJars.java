package fr.convergences.base.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Makes {@code java -jar} work with Jetty's annotation scan. Jetty 12.1 scans the jars named in
 * {@code java.class.path}, but with {@code java -jar} that property names only the application jar,
 * while the libraries are listed in its manifest's {@code Class-Path}. Without them Vaadin finds
 * none of its initialisers and every page is an HTTP 500.
 */
final class ContainerJars {

    private ContainerJars() {}

    static synchronized void exposeManifestClassPath() {
        String classPath = System.getProperty("java.class.path", "");
        String[] entries = classPath.split(File.pathSeparator);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return; // started with an explicit class path (Maven, IDE, tests): nothing to expand
        }
        Path applicationJar = Path.of(entries[0]).toAbsolutePath();
        List<String> expanded = new ArrayList<>(List.of(applicationJar.toString()));
        try (JarFile jar = new JarFile(applicationJar.toFile())) {
            Manifest manifest = jar.getManifest();
            String manifestClassPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (manifestClassPath == null) {
                return;
            }
            URI base = java.util.Objects.requireNonNull(applicationJar.getParent(), "an absolute path has a parent")
                    .toUri();
            for (String relative : manifestClassPath.trim().split("\\s+")) {
                Path library = Path.of(base.resolve(relative));
                if (Files.exists(library)) {
                    expanded.add(library.toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the manifest of " + applicationJar, e);
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, expanded));
    }
}
