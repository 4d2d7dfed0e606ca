package fr.convergences.contribution.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Strict UTF-8 decoding, line by line, so that a file saved as Latin-1 or Windows-1252 (what a
 * spreadsheet often does) is refused with the first line to look at, instead of being imported with
 * garbled accents. A decoder reading ahead in a buffer could not say which line was wrong, hence the
 * lines are cut on their bytes first.
 */
final class Utf8Check {

    private Utf8Check() {}

    /** The number (from 1) of the first line that is not valid UTF-8, if any. */
    static OptionalLong firstMalformedLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            byte[] buffer = new byte[1 << 16];
            long number = 1;
            int read;
            while ((read = in.read(buffer)) != -1) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        if (!decodes(decoder, line)) {
                            return OptionalLong.of(number);
                        }
                        line.reset();
                        number++;
                        start = i + 1;
                    }
                }
                line.write(buffer, start, read - start);
            }
            return decodes(decoder, line) ? OptionalLong.empty() : OptionalLong.of(number);
        }
    }

    private static boolean decodes(CharsetDecoder decoder, ByteArrayOutputStream line) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
