package fr.convergences.base.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file sent with a mail. Its name is reduced to plain characters when it is made: a name built from a title chosen
 * by a visitor must not carry a line break, a quote or a path into the mail's headers.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** The content type of an iCalendar invitation to add to one's calendar (RFC 5545 and 6047: method PUBLISH). */
    public static final String CALENDAR = "text/calendar; charset=UTF-8; method=PUBLISH";

    public MailAttachment {
        fileName = safeName(fileName);
        content = content.clone();
    }

    /** An .ics file, as calendars expect it in a mail. */
    public static MailAttachment calendar(String fileName, String ics) {
        return new MailAttachment(fileName, CALENDAR, ics.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    static String safeName(String name) {
        String safe =
                name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "piece-jointe" : safe.length() > 80 ? safe.substring(safe.length() - 80) : safe;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && fileName.equals(that.fileName)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + content.length + " bytes)";
    }
}
