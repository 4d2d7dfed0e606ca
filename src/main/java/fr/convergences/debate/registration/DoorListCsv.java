package fr.convergences.debate.registration;

import fr.convergences.debate.Registration;
import fr.convergences.debate.RegistrationStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The registrants as a CSV file to print for the door (Apache Commons CSV): UTF-8 with a byte-order mark so that
 * spreadsheets read accents right, semicolons as French spreadsheets expect, and cells that a spreadsheet would run
 * as formulas prefixed with an apostrophe.
 */
final class DoorListCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DoorListCsv() {}

    static byte[] write(
            List<Registration> registrations,
            List<String> headers,
            Function<RegistrationStatus, String> statusLabel,
            ZoneId zone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            csv.printRecord(headers);
            for (Registration registration : registrations) {
                csv.printRecord(
                        safe(registration.name()),
                        safe(registration.email()),
                        safe(registration.phone()),
                        statusLabel.apply(registration.status()),
                        WHEN.format(
                                (registration.queuedAt() == null ? registration.createdAt() : registration.queuedAt())
                                        .atZone(zone)),
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String safe(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
