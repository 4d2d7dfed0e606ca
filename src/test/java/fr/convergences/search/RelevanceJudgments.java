package fr.convergences.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The labelled queries of the relevance comparison and their graded judgments, judged blind: for each query
 * the benchmark pools the top ten of every engine, shuffles the pool (seeded) and writes it without engine
 * names; a person grades each contribution of the pool (2 relevant, 1 partly, 0 not) against the query's
 * stated need; the grades are committed in src/test/resources/search/relevance-judgments.tsv, keyed by the
 * corpus ordinal of the contribution (stable at every corpus size), and the benchmark then computes nDCG@10
 * and P@10 of each engine. A contribution of a pool that has no grade yet is counted as not relevant and
 * reported, and written again to be judged.
 */
final class RelevanceJudgments {

    static final String QUERIES = "search/relevance-queries.tsv";
    static final String JUDGMENTS = "search/relevance-judgments.tsv";

    /** A labelled query: what is typed and the need it expresses, against which results are judged. */
    record LabelledQuery(String id, String text, String need) {}

    private final List<LabelledQuery> queries;
    /** query id → ordinal → grade. */
    private final Map<String, Map<Integer, Integer>> grades;

    private RelevanceJudgments(List<LabelledQuery> queries, Map<String, Map<Integer, Integer>> grades) {
        this.queries = queries;
        this.grades = grades;
    }

    static RelevanceJudgments load() {
        List<LabelledQuery> queries = new ArrayList<>();
        for (String[] row : rows(QUERIES)) {
            queries.add(new LabelledQuery(row[0], row[1], row[2]));
        }
        Map<String, Map<Integer, Integer>> grades = new HashMap<>();
        for (String[] row : rows(JUDGMENTS)) {
            int grade = Integer.parseInt(row[2]);
            if (grade < 0 || grade > 2) {
                throw new IllegalStateException("A grade is 0, 1 or 2: " + String.join("\t", row));
            }
            grades.computeIfAbsent(row[0], id -> new HashMap<>()).put(Integer.parseInt(row[1]), grade);
        }
        return new RelevanceJudgments(List.copyOf(queries), grades);
    }

    List<LabelledQuery> queries() {
        return queries;
    }

    /** Null when the contribution has not been judged for this query. */
    Integer grade(String queryId, int ordinal) {
        return grades.getOrDefault(queryId, Map.of()).get(ordinal);
    }

    /**
     * The pool of one query: every engine's results, deduplicated and shuffled with a seed of the query's own,
     * so that the order says nothing of which engine found what.
     */
    static List<Integer> pool(String queryId, Map<String, List<Integer>> rankings) {
        Set<Integer> union = new LinkedHashSet<>();
        rankings.values().forEach(union::addAll);
        List<Integer> pool = new ArrayList<>(union);
        Collections.sort(pool);
        Collections.shuffle(pool, new Random(queryId.hashCode() * 31L + 7));
        return pool;
    }

    /** nDCG@10 (gains 2^grade − 1, ideal ranking from every judged contribution of the query). */
    double ndcgAt10(String queryId, List<Integer> ranking) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            Integer grade = grade(queryId, ranking.get(i));
            dcg += gain(grade == null ? 0 : grade) / log2(i + 2);
        }
        List<Integer> ideal =
                new ArrayList<>(grades.getOrDefault(queryId, Map.of()).values());
        ideal.sort(Collections.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the first ten results graded at least {@code minimum}; missing results count as not relevant. */
    double precisionAt10(String queryId, List<Integer> ranking, int minimum) {
        int relevant = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            Integer grade = grade(queryId, ranking.get(i));
            if (grade != null && grade >= minimum) {
                relevant++;
            }
        }
        return relevant / 10.0;
    }

    int unjudged(String queryId, List<Integer> ranking) {
        return (int) ranking.stream()
                .limit(10)
                .filter(ordinal -> grade(queryId, ordinal) == null)
                .count();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<String[]> rows(String resource) {
        InputStream in = RelevanceJudgments.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
