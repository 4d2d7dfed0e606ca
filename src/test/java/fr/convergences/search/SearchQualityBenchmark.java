package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.demo.ContributionDemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search quality on residents' own words: nDCG@10 of the former search (synonyms on surface words, the list of
 * 2026-11-24, nothing when not every word matches) and of the current one (synonyms on the analysed words, the richer
 * list, any-word fallback), side by side on the same index, with the queries and judging rules of
 * {@link ResidentQueries}. Two collections: the 18,690 real proposals of the shipped corpus (where the queries come
 * from), and the demo consultation's 180 health proposals (a consultation's size, where words go missing). Every text
 * is judged, so the ideal ranking is known and no result goes ungraded. Queries are parsed by {@link SearchQueryBuilder} as
 * the search page parses them, and fall back as {@link SearchService} does: any word when all the words find nothing.
 * Writes target/benchmarks/search-quality.md (docs/BENCHMARKS.md).
 */
@Tag("benchmark")
class SearchQualityBenchmark {

    private static final int K = 10;

    record Variant(String name, Analyzer queries, Analyzer words, boolean anyWordsFallback) {}

    record Scored(double ndcg, long hits, boolean fellBack) {}

    record Text(String title, String body) {}

    @Test
    void ndcg_at_10_before_and_after_on_queries_taken_from_the_corpus() throws Exception {
        List<CorpusContributions.Proposal> corpus = CorpusContributions.read(Integer.MAX_VALUE);
        SearchAnalyzers analyzers = SearchAnalyzers.shippedSynonyms();
        List<ResidentQueries.Judged> queries = ResidentQueries.load();
        List<ResidentQueries.Extracted> extracted = ResidentQueries.extract(corpus, analyzers.indexing());
        // The committed queries are exactly what the rule finds in the corpus, in its order and split: none was written
        // by hand.
        assertThat(queries)
                .extracting(ResidentQueries.Judged::text)
                .containsExactlyElementsOf(
                        extracted.stream().map(ResidentQueries.Extracted::text).toList());
        assertThat(queries)
                .extracting(ResidentQueries.Judged::split)
                .containsExactlyElementsOf(extracted.stream()
                        .map(query -> ResidentQueries.splitOf(extracted, query))
                        .toList());

        List<Variant> variants = List.of(
                new Variant("before (2026-11-24)", new FormerQueryAnalysis(), analyzers.indexing(), false),
                new Variant("after (issue 15)", analyzers.queries(), analyzers.indexing(), true));
        StringBuilder report = new StringBuilder();
        // The timing rounds only at full size (-Pbenchmark): the suite's smoke run checks the measure, not the machine.
        boolean timed = "full".equals(System.getProperty("convergences.benchmark.size"));
        report.append(measure(
                "Make.org corpus, 18,690 proposals",
                corpus.stream().map(p -> new Text(p.title(), p.text())).toList(),
                analyzers,
                variants,
                queries,
                timed,
                true));
        report.append(measure(
                "demo consultation, 180 health proposals",
                ContributionDemoData.healthProposals().stream()
                        .map(text -> new Text(ContributionDemoData.title(text), text))
                        .toList(),
                analyzers,
                variants,
                queries,
                false,
                false));
        Path out = Path.of(
                System.getProperty("convergences.build.directory", "target"), "benchmarks", "search-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String measure(
            String collection,
            List<Text> texts,
            SearchAnalyzers analyzers,
            List<Variant> variants,
            List<ResidentQueries.Judged> queries,
            boolean timed,
            boolean source)
            throws Exception {
        StringBuilder report =
                new StringBuilder("\n### ").append(collection).append("\n\n| id | split | query | relevant texts |");
        variants.forEach(variant -> report.append(' ').append(variant.name()).append(" |"));
        report.append("\n|---|---|---|---:|")
                .append("---:|".repeat(variants.size()))
                .append('\n');
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.indexing()))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document document = new Document();
                    document.add(new StoredField("ordinal", i));
                    document.add(new TextField(
                            ContributionDocument.TITLE, texts.get(i).title(), Field.Store.NO));
                    document.add(new TextField(
                            ContributionDocument.BODY, texts.get(i).body(), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double[][] sums = new double[variants.size()][2];
                int[][] zero = new int[variants.size()][2];
                int[][] fellBack = new int[variants.size()][2];
                int[] counts = new int[2];
                int unjudgeable = 0;
                for (ResidentQueries.Judged query : queries) {
                    int[] grades = texts.stream()
                            .mapToInt(text -> query.grade(text.body()))
                            .toArray();
                    double ideal = dcg(Arrays.stream(grades)
                            .boxed()
                            .sorted((a, b) -> b - a)
                            .mapToInt(Integer::intValue)
                            .limit(K)
                            .toArray());
                    if (ideal == 0) {
                        // Nothing in this collection meets the need: no ranking can be better or worse.
                        unjudgeable++;
                        continue;
                    }
                    int split = query.split().ordinal();
                    counts[split]++;
                    report.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %d |",
                            query.id(),
                            query.split(),
                            query.text(),
                            Arrays.stream(grades).filter(grade -> grade == 2).count()));
                    for (int v = 0; v < variants.size(); v++) {
                        Scored scored = score(searcher, variants.get(v), query.text(), grades, ideal);
                        sums[v][split] += scored.ndcg();
                        zero[v][split] += scored.hits() == 0 ? 1 : 0;
                        fellBack[v][split] += scored.fellBack() ? 1 : 0;
                        report.append(String.format(
                                Locale.ROOT,
                                " %.3f%s |",
                                scored.ndcg(),
                                scored.hits() == 0 ? " (no result)" : scored.fellBack() ? " (any word)" : ""));
                    }
                    report.append('\n');
                }
                if (source) {
                    assertThat(unjudgeable)
                            .as("every query taken from the corpus has relevant proposals in it")
                            .isZero();
                }
                report.append(String.format(
                        Locale.ROOT,
                        "%nQueries left out (nothing in this collection meets their need): %d.%n%n",
                        unjudgeable));
                report.append("| variant | mean nDCG@10, dev (")
                        .append(counts[0])
                        .append(") | mean nDCG@10, held-out (")
                        .append(counts[1])
                        .append(
                                ") | queries with no result (dev / held-out) | queries answered by the any-word fallback (dev / held-out) |\n")
                        .append("|---|---:|---:|---:|---:|\n");
                for (int v = 0; v < variants.size(); v++) {
                    report.append(String.format(
                            Locale.ROOT,
                            "| %s | %.3f | %.3f | %d / %d | %d / %d |%n",
                            variants.get(v).name(),
                            sums[v][0] / counts[0],
                            sums[v][1] / counts[1],
                            zero[v][0],
                            zero[v][1],
                            fellBack[v][0],
                            fellBack[v][1]));
                }
                if (timed) {
                    report.append(timings(searcher, variants, queries));
                }
            }
        }
        return report.toString();
    }

    /** The top ten as the search page would rank them (relevance; ties in index order), and their nDCG@10. */
    private static Scored score(IndexSearcher searcher, Variant variant, String text, int[] grades, double ideal)
            throws Exception {
        SearchQueryBuilder.Parsed parsed = SearchQueryBuilder.parse(text, variant.queries(), variant.words());
        TopDocs top = searcher.search(parsed.query(), K);
        boolean fellBack = false;
        if (top.totalHits.value() == 0 && variant.anyWordsFallback() && parsed.anyWords() != null) {
            top = searcher.search(parsed.anyWords(), K);
            fellBack = top.totalHits.value() > 0;
        }
        int[] ranked = new int[top.scoreDocs.length];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = grades[
                    searcher.storedFields()
                            .document(top.scoreDocs[i].doc)
                            .getField("ordinal")
                            .numericValue()
                            .intValue()];
        }
        long hits = searcher.count(fellBack ? parsed.anyWords() : parsed.query());
        return new Scored(dcg(ranked) / ideal, hits, fellBack);
    }

    private static double dcg(int[] grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(K, grades.length); i++) {
            sum += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** Parsing and the top ten, per query, for both variants in the same run, interleaved round by round (best of 10 rounds). */
    private static String timings(IndexSearcher searcher, List<Variant> variants, List<ResidentQueries.Judged> queries)
            throws Exception {
        long[] best = new long[variants.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round < 10; round++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                long start = System.nanoTime();
                for (ResidentQueries.Judged query : queries) {
                    SearchQueryBuilder.Parsed parsed =
                            SearchQueryBuilder.parse(query.text(), variant.queries(), variant.words());
                    TopDocs top = searcher.search(parsed.query(), K);
                    if (top.totalHits.value() == 0 && variant.anyWordsFallback() && parsed.anyWords() != null) {
                        searcher.search(parsed.anyWords(), K);
                    }
                }
                best[v] = Math.min(best[v], System.nanoTime() - start);
            }
        }
        StringBuilder timings = new StringBuilder(
                "\n| variant | mean time per query, parse and top ten (µs, best of 10 interleaved rounds) |\n|---|---:|\n");
        for (int v = 0; v < variants.size(); v++) {
            timings.append(String.format(
                    Locale.ROOT, "| %s | %.0f |%n", variants.get(v).name(), best[v] / 1000.0 / queries.size()));
        }
        return timings.toString();
    }
}
