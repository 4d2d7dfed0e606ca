package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a ballot says, with one text form that is stored, chained, published and parsed back by the
 * verification: {@code FOR}, {@code AGAINST}, {@code ABSTAIN}; {@code A:3,5} (options approved, in id
 * order); {@code R:5>3>7} (options from most to least preferred; options left out rank below all of them).
 * An empty approval or ranking is a blank ballot.
 */
public sealed interface BallotChoice {

    int MAX_LENGTH = 2000;

    String encode();

    boolean isBlank();

    static BallotChoice parse(VotingMethod method, String text) {
        try {
            return switch (method) {
                case FOR_AGAINST -> new ForAgainst(Vote.valueOf(text));
                case APPROVAL -> new Approval(ids(prefixed(text, "A:"), ","));
                case RANKED -> new Ranking(ids(prefixed(text, "R:"), ">"));
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a " + method + " ballot: " + text, e);
        }
    }

    private static String prefixed(String text, String prefix) {
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException(text);
        }
        return text.substring(prefix.length());
    }

    private static List<Long> ids(String list, String separator) {
        if (list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split(java.util.regex.Pattern.quote(separator)))
                .map(Long::parseLong)
                .toList();
    }

    record ForAgainst(Vote vote) implements BallotChoice {
        @Override
        public String encode() {
            return vote.name();
        }

        @Override
        public boolean isBlank() {
            return vote == Vote.ABSTAIN;
        }
    }

    /** The options approved, kept sorted and without repetition so that the text form is unique. */
    record Approval(List<Long> options) implements BallotChoice {
        public Approval {
            options = List.copyOf(new TreeSet<>(options));
        }

        @Override
        public String encode() {
            return "A:" + options.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        @Override
        public boolean isBlank() {
            return options.isEmpty();
        }
    }

    /** Options from most to least preferred; each option at most once (checked by {@link RankedBallotPolicy}). */
    record Ranking(List<Long> order) implements BallotChoice {
        public Ranking {
            order = List.copyOf(new ArrayList<>(order));
        }

        @Override
        public String encode() {
            return "R:" + order.stream().map(String::valueOf).collect(Collectors.joining(">"));
        }

        @Override
        public boolean isBlank() {
            return order.isEmpty();
        }
    }
}
