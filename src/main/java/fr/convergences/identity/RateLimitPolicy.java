package fr.convergences.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code count} actions of a kind per subject in any sliding window of {@code per}: one more is refused until
 * the oldest of the last {@code count} leaves the window. Sliding rather than per calendar hour, so that nobody gets
 * twice the limit across an hour's boundary.
 */
public final class RateLimitPolicy {

    private static final Pattern LIMIT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*([smhd])\\s*");

    /** A limit such as {@code 20/1h}: twenty per hour. */
    public record Limit(int count, Duration per) {

        public static Limit parse(String text) {
            Matcher matcher = LIMIT.matcher(text.toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "A rate limit is written count/duration, such as 20/1h or 5/10m: " + text);
            }
            long amount = Long.parseLong(matcher.group(2));
            Duration per = switch (matcher.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return new Limit(Integer.parseInt(matcher.group(1)), per);
        }
    }

    private RateLimitPolicy() {}

    /**
     * How long to wait before one more action, given the subject's actions within the window (oldest first); empty
     * when it is allowed now.
     */
    public static Optional<Duration> wait(List<Instant> recent, Limit limit, Instant now) {
        List<Instant> inWindow = recent.stream()
                .filter(at -> at.isAfter(now.minus(limit.per())))
                .sorted()
                .toList();
        if (inWindow.size() < limit.count()) {
            return Optional.empty();
        }
        Instant freed = inWindow.get(inWindow.size() - limit.count()).plus(limit.per());
        return Optional.of(freed.isAfter(now) ? Duration.between(now, freed) : Duration.ZERO);
    }
}
