package fr.convergences.identity.notification;

import fr.convergences.base.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * An argument of a notification kept in the outbox. The outbox outlives the request and serves readers of several
 * languages, so what depends on the language (a date, a phrase of the platform's own) is kept as data and written in
 * each reader's language at delivery; text typed by people (a title, a reason) stays as it was typed.
 */
public sealed interface NoticeArgument {

    /** The value handed to the message pattern for a reader of this language. */
    Object in(Locale locale);

    /** Text typed by someone, shown as typed in every language. */
    record Text(String value) implements NoticeArgument {
        @Override
        public Object in(Locale locale) {
            return value;
        }
    }

    /** A number, for the patterns' plural rules and number formats. */
    record Count(long value) implements NoticeArgument {
        @Override
        public Object in(Locale locale) {
            return value;
        }
    }

    /** A moment in a place's time zone (a sitting's start in its territory), written as {@link Messages#moment} writes it. */
    record Moment(Instant at, ZoneId zone) implements NoticeArgument {
        @Override
        public Object in(Locale locale) {
            return Messages.moment(at.atZone(zone), locale);
        }
    }

    /** A day, written as {@link Messages#day} writes it. */
    record Day(LocalDate day) implements NoticeArgument {
        @Override
        public Object in(Locale locale) {
            return Messages.day(day, locale);
        }
    }

    /** A message of the bundles with its own arguments ("Lieu : {0}."), written in the reader's language. */
    record Phrase(String key, List<NoticeArgument> arguments) implements NoticeArgument {
        public Phrase {
            arguments = List.copyOf(arguments);
        }

        @Override
        public Object in(Locale locale) {
            return Messages.format(
                    key,
                    locale,
                    arguments.stream().map(argument -> argument.in(locale)).toArray());
        }
    }

    /**
     * Parts put one after the other by a two-argument pattern ({@code {0} ; {1}} in French, {@code {0}; {1}} in English),
     * since the punctuation between list items differs by language. No part gives an empty text.
     */
    record Joined(String pairKey, List<NoticeArgument> parts) implements NoticeArgument {
        public Joined {
            parts = List.copyOf(parts);
        }

        @Override
        public Object in(Locale locale) {
            Object joined = "";
            for (int i = 0; i < parts.size(); i++) {
                Object part = parts.get(i).in(locale);
                joined = i == 0 ? part : Messages.format(pairKey, locale, joined, part);
            }
            return joined;
        }
    }

    static NoticeArgument text(String value) {
        return new Text(value);
    }

    static NoticeArgument moment(Instant at, ZoneId zone) {
        return new Moment(at, zone);
    }

    static NoticeArgument phrase(String key, Object... arguments) {
        return new Phrase(
                key, java.util.Arrays.stream(arguments).map(NoticeArgument::of).toList());
    }

    /**
     * The argument for a value as features pass it: strings are text, whole numbers counts, dates days, zoned date-times
     * moments. Anything else is refused here rather than shown as {@code toString()} to a reader.
     */
    static NoticeArgument of(Object value) {
        return switch (value) {
            case NoticeArgument argument -> argument;
            case String text -> new Text(text);
            case Long number -> new Count(number);
            case Integer number -> new Count(number);
            case LocalDate day -> new Day(day);
            case ZonedDateTime moment -> new Moment(moment.toInstant(), moment.getZone());
            default ->
                throw new IllegalArgumentException("a notification argument cannot be a "
                        + value.getClass().getName());
        };
    }

    /**
     * The arguments as the outbox's text array keeps them, in prefix order: a tag letter, then the value; a phrase or a
     * list gives its size and key, and its own arguments follow it.
     */
    static List<String> encode(List<NoticeArgument> arguments) {
        List<String> encoded = new ArrayList<>();
        arguments.forEach(argument -> encode(argument, encoded));
        return encoded;
    }

    private static void encode(NoticeArgument argument, List<String> into) {
        switch (argument) {
            case Text text -> into.add("t" + text.value());
            case Count count -> into.add("n" + count.value());
            case Moment moment ->
                into.add("m" + moment.at() + " " + moment.zone().getId());
            case Day day -> into.add("d" + day.day());
            case Phrase phrase -> {
                into.add("p" + phrase.arguments().size() + " " + phrase.key());
                phrase.arguments().forEach(nested -> encode(nested, into));
            }
            case Joined joined -> {
                into.add("j" + joined.parts().size() + " " + joined.pairKey());
                joined.parts().forEach(nested -> encode(nested, into));
            }
        }
    }

    /** The reverse of {@link #encode}. */
    static List<NoticeArgument> decode(List<String> encoded) {
        Iterator<String> values = encoded.iterator();
        List<NoticeArgument> arguments = new ArrayList<>();
        while (values.hasNext()) {
            arguments.add(decode(values));
        }
        return arguments;
    }

    private static NoticeArgument decode(Iterator<String> values) {
        String value = values.next();
        String rest = value.substring(1);
        return switch (value.charAt(0)) {
            case 't' -> new Text(rest);
            case 'n' -> new Count(Long.parseLong(rest));
            case 'm' ->
                new Moment(
                        Instant.parse(rest.substring(0, rest.indexOf(' '))),
                        ZoneId.of(rest.substring(rest.indexOf(' ') + 1)));
            case 'd' -> new Day(LocalDate.parse(rest));
            case 'p', 'j' -> {
                int size = Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
                String key = rest.substring(rest.indexOf(' ') + 1);
                List<NoticeArgument> nested = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    nested.add(decode(values));
                }
                yield value.charAt(0) == 'p' ? new Phrase(key, nested) : new Joined(key, nested);
            }
            default -> throw new IllegalArgumentException("unknown notification argument: " + value);
        };
    }
}
