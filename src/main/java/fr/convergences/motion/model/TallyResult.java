package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A count, as published. For for/against votes: for, against and abstentions (blank ballots included);
 * for arbitrations: approvals per option, or the pairwise table and the strongest paths of the Schulze
 * method, and the winning option. Per college: the seats, the ballots and their counts.
 */
public record TallyResult(
        Outcome outcome,
        int electorate,
        int presentOrRepresented,
        boolean quorumReached,
        int ballots,
        int forVotes,
        int against,
        int abstentions,
        List<CollegeCount> colleges,
        List<Long> options,
        List<Integer> optionCounts,
        int @Nullable [][] pairwise,
        int @Nullable [][] strongestPaths,
        @Nullable Long winningOption,
        boolean castingVoteUsed) {

    /**
     * One college's part: its seats in the electorate, its ballots, and its counts (for/against/abstain,
     * or per option: approvals, or first preferences), and whether the majority was met there (double majority only).
     */
    public record CollegeCount(
            long collegeId,
            int seats,
            int ballots,
            List<Integer> counts,
            int blank,
            @Nullable Boolean majorityMet) {}

    public int votesCast() {
        return forVotes + against;
    }

    /** The canonical, JSON-ready form that is stored, chained in the closing event and recomputed by the verification. */
    public Map<String, @Nullable Object> toMap() {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("outcome", outcome.name());
        map.put("electorate", electorate);
        map.put("presentOrRepresented", presentOrRepresented);
        map.put("quorumReached", quorumReached);
        map.put("ballots", ballots);
        map.put("for", forVotes);
        map.put("against", against);
        map.put("abstentions", abstentions);
        List<Object> perCollege = new ArrayList<>();
        for (CollegeCount college : colleges) {
            Map<String, @Nullable Object> entry = new LinkedHashMap<>();
            entry.put("college", college.collegeId());
            entry.put("seats", college.seats());
            entry.put("ballots", college.ballots());
            entry.put("counts", college.counts());
            entry.put("blank", college.blank());
            entry.put("majorityMet", college.majorityMet());
            perCollege.add(entry);
        }
        map.put("colleges", perCollege);
        map.put("options", options);
        map.put("optionCounts", optionCounts);
        map.put("pairwise", matrix(pairwise));
        map.put("strongestPaths", matrix(strongestPaths));
        map.put("winningOption", winningOption);
        map.put("castingVoteUsed", castingVoteUsed);
        return map;
    }

    private static List<List<Integer>> matrix(int @Nullable [][] values) {
        List<List<Integer>> rows = new ArrayList<>();
        if (values != null) {
            for (int[] row : values) {
                rows.add(java.util.Arrays.stream(row).boxed().toList());
            }
        }
        return rows;
    }

    /**
     * Reads back the published form (numbers may come back as any integral type). A key missing or of the wrong kind is
     * refused with an {@link IllegalArgumentException}, naming it.
     */
    public static TallyResult fromMap(Map<String, ? extends @Nullable Object> map) {
        List<CollegeCount> colleges = new ArrayList<>();
        for (Object item : list(map, "colleges")) {
            Map<String, ? extends @Nullable Object> college = object(item, "colleges");
            colleges.add(new CollegeCount(
                    number(college, "college"),
                    (int) number(college, "seats"),
                    (int) number(college, "ballots"),
                    ints(list(college, "counts"), "counts"),
                    (int) number(college, "blank"),
                    nullable(college, "majorityMet", Boolean.class)));
        }
        Number winner = nullable(map, "winningOption", Number.class);
        return new TallyResult(
                Outcome.valueOf(required(map, "outcome", String.class)),
                (int) number(map, "electorate"),
                (int) number(map, "presentOrRepresented"),
                required(map, "quorumReached", Boolean.class),
                (int) number(map, "ballots"),
                (int) number(map, "for"),
                (int) number(map, "against"),
                (int) number(map, "abstentions"),
                colleges,
                list(map, "options").stream()
                        .map(value -> required(value, "options", Number.class).longValue())
                        .toList(),
                ints(list(map, "optionCounts"), "optionCounts"),
                matrix(nullable(map, "pairwise", List.class)),
                matrix(nullable(map, "strongestPaths", List.class)),
                winner == null ? null : winner.longValue(),
                required(map, "castingVoteUsed", Boolean.class));
    }

    private static <T> T required(Map<String, ? extends @Nullable Object> map, String key, Class<T> type) {
        return JsonFields.PUBLISHED_COUNT.required(map.get(key), key, type);
    }

    private static <T> T required(@Nullable Object value, String key, Class<T> type) {
        return JsonFields.PUBLISHED_COUNT.required(value, key, type);
    }

    private static <T> @Nullable T nullable(Map<String, ? extends @Nullable Object> map, String key, Class<T> type) {
        return JsonFields.PUBLISHED_COUNT.nullable(map, key, type);
    }

    private static long number(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, Number.class).longValue();
    }

    private static List<?> list(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ? extends @Nullable Object> object(@Nullable Object value, String key) {
        return (Map<String, ? extends @Nullable Object>) required(value, key, Map.class);
    }

    private static List<Integer> ints(List<?> values, String key) {
        return values.stream()
                .map(value -> required(value, key, Number.class).intValue())
                .toList();
    }

    private static int @Nullable [][] matrix(@Nullable List<?> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        int[][] matrix = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = required(rows.get(i), "pairwise", List.class);
            matrix[i] = row.stream()
                    .mapToInt(value -> required(value, "pairwise", Number.class).intValue())
                    .toArray();
        }
        return matrix;
    }
}
