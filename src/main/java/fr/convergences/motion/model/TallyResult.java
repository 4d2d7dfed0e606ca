package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        int[][] pairwise,
        int[][] strongestPaths,
        Long winningOption,
        boolean castingVoteUsed) {

    /**
     * One college's part: its seats in the electorate, its ballots, and its counts (for/against/abstain,
     * or per option: approvals, or first preferences), and whether the majority was met there (double majority only).
     */
    public record CollegeCount(
            long collegeId, int seats, int ballots, List<Integer> counts, int blank, Boolean majorityMet) {}

    public int votesCast() {
        return forVotes + against;
    }

    /** The canonical, JSON-ready form that is stored, chained in the closing event and recomputed by the verification. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
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
            Map<String, Object> entry = new LinkedHashMap<>();
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

    private static List<List<Integer>> matrix(int[][] values) {
        List<List<Integer>> rows = new ArrayList<>();
        if (values != null) {
            for (int[] row : values) {
                rows.add(java.util.Arrays.stream(row).boxed().toList());
            }
        }
        return rows;
    }

    /** Reads back the published form (numbers may come back as any integral type). */
    @SuppressWarnings("unchecked")
    public static TallyResult fromMap(Map<String, Object> map) {
        List<CollegeCount> colleges = new ArrayList<>();
        for (Object item : (List<Object>) map.get("colleges")) {
            Map<String, Object> college = (Map<String, Object>) item;
            colleges.add(new CollegeCount(
                    number(college.get("college")),
                    (int) number(college.get("seats")),
                    (int) number(college.get("ballots")),
                    ints((List<Object>) college.get("counts")),
                    (int) number(college.get("blank")),
                    (Boolean) college.get("majorityMet")));
        }
        Object winner = map.get("winningOption");
        return new TallyResult(
                Outcome.valueOf((String) map.get("outcome")),
                (int) number(map.get("electorate")),
                (int) number(map.get("presentOrRepresented")),
                (Boolean) map.get("quorumReached"),
                (int) number(map.get("ballots")),
                (int) number(map.get("for")),
                (int) number(map.get("against")),
                (int) number(map.get("abstentions")),
                colleges,
                ((List<Object>) map.get("options"))
                        .stream().map(TallyResult::number).toList(),
                ints((List<Object>) map.get("optionCounts")),
                matrix((List<Object>) map.get("pairwise")),
                matrix((List<Object>) map.get("strongestPaths")),
                winner == null ? null : number(winner),
                (Boolean) map.get("castingVoteUsed"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static List<Integer> ints(List<Object> values) {
        return values.stream().map(value -> (int) number(value)).toList();
    }

    @SuppressWarnings("unchecked")
    private static int[][] matrix(List<Object> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        int[][] matrix = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            matrix[i] = ((List<Object>) rows.get(i))
                    .stream().mapToInt(value -> (int) number(value)).toArray();
        }
        return matrix;
    }
}
