package fr.convergences.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The committed corpus of injection payloads (src/test/resources/injection-payloads.txt): script,
 * HTML, attribute, URL, template, SQL, CSV-formula, Unicode and control-character attacks, and personal data
 * (e-mail addresses, phone numbers, addresses, social security numbers) that must be masked in public. Every
 * payload that manages to run script sets {@code window.__xss}, which browser tests look for.
 */
public final class InjectionPayloads {

    private InjectionPayloads() {}

    public static List<String> all() {
        return lines().stream()
                .filter(line -> !line.startsWith("#") && !line.isEmpty())
                .map(InjectionPayloads::decode)
                .toList();
    }

    /** The payloads of the corpus's last section: personal data that must never be published as typed. */
    public static List<String> personalData() {
        List<String> lines = lines();
        int section = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("# Personal data"))
                .findFirst()
                .orElseThrow());
        return lines.subList(section + 1, lines.size()).stream()
                .filter(line -> !line.startsWith("#") && !line.isEmpty())
                .map(InjectionPayloads::decode)
                .toList();
    }

    private static List<String> lines() {
        try (InputStream in =
                Objects.requireNonNull(InjectionPayloads.class.getResourceAsStream("/injection-payloads.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes \\ \n \r \t and \\uXXXX, so that invisible characters can be written in the file. */
    static String decode(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
