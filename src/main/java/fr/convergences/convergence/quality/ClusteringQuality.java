package fr.convergences.convergence.quality;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import java.util.HashMap;
import java.util.Map;

/**
 * How a clustering agrees with reference labels. Pairwise precision is the share of the pairs put together by the
 * engine that the reference also puts together (a council trusts a convergence when this is high); recall is the share
 * of the reference's pairs that the engine found. Unassigned documents count as groups of their own, as reference
 * singletons do. The adjusted Rand index (Hubert and Arabie, 1985) corrects pair agreement for chance; normalised
 * mutual information is given for comparison only: it rewards many small groups and is never the headline.
 *
 * @param precision   pairwise precision; NaN when the engine put no pair together
 * @param recall      pairwise recall; NaN when the reference has no pair
 * @param shareAssigned the share of documents in a convergence
 */
public record ClusteringQuality(
        int documents,
        long predictedPairs,
        long referencePairs,
        long commonPairs,
        double precision,
        double recall,
        double f1,
        double adjustedRand,
        double normalisedMutualInformation,
        double shareAssigned,
        int convergences) {

    /** Compares predicted groups with reference labels; both map every document id to a group (nulls: a group of its own). */
    public static ClusteringQuality of(Map<String, String> predicted, Map<String, String> reference) {
        if (!predicted.keySet().equals(reference.keySet())) {
            throw new IllegalArgumentException("The clustering and the reference do not cover the same documents");
        }
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> referenceSizes = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        int assigned = 0;
        for (Map.Entry<String, String> entry : reference.entrySet()) {
            String id = entry.getKey();
            String predictedGroup = predicted.get(id) == null ? "\u0000" + id : "p:" + predicted.get(id);
            String referenceGroup = entry.getValue() == null ? "\u0000" + id : "r:" + entry.getValue();
            if (predicted.get(id) != null) {
                assigned++;
            }
            predictedSizes.merge(predictedGroup, 1, Integer::sum);
            referenceSizes.merge(referenceGroup, 1, Integer::sum);
            cells.merge(predictedGroup + "\u0001" + referenceGroup, 1, Integer::sum);
        }
        int n = reference.size();
        long predictedPairs = predictedSizes.values().stream()
                .mapToLong(ClusteringQuality::pairs)
                .sum();
        long referencePairs = referenceSizes.values().stream()
                .mapToLong(ClusteringQuality::pairs)
                .sum();
        long commonPairs =
                cells.values().stream().mapToLong(ClusteringQuality::pairs).sum();
        double precision = predictedPairs == 0 ? Double.NaN : (double) commonPairs / predictedPairs;
        double recall = referencePairs == 0 ? Double.NaN : (double) commonPairs / referencePairs;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : Double.NaN;
        double allPairs = pairs(n);
        double expected = allPairs == 0 ? 0 : (double) predictedPairs * referencePairs / allPairs;
        double maximum = (predictedPairs + referencePairs) / 2.0;
        double adjustedRand = maximum == expected ? 1.0 : (commonPairs - expected) / (maximum - expected);
        double predictedEntropy = entropy(predictedSizes, n);
        double referenceEntropy = entropy(referenceSizes, n);
        double mutualInformation = 0;
        for (Map.Entry<String, Integer> cell : cells.entrySet()) {
            String[] groups = cell.getKey().split("\u0001", 2);
            double joint = (double) cell.getValue() / n;
            double marginals = (double) size(predictedSizes, groups[0]) / n * size(referenceSizes, groups[1]) / n;
            mutualInformation += joint * Math.log(joint / marginals);
        }
        double meanEntropy = (predictedEntropy + referenceEntropy) / 2;
        double nmi = meanEntropy == 0 ? 1.0 : mutualInformation / meanEntropy;
        int convergences = (int) predicted.values().stream()
                .filter(group -> group != null)
                .distinct()
                .count();
        return new ClusteringQuality(
                n,
                predictedPairs,
                referencePairs,
                commonPairs,
                precision,
                recall,
                f1,
                adjustedRand,
                nmi,
                n == 0 ? 0 : (double) assigned / n,
                convergences);
    }

    /** The engine's groups as a map from document id to convergence id (null when unassigned). */
    public static Map<String, String> groupsOf(Clustering clustering) {
        Map<String, String> groups = new HashMap<>();
        for (Convergence convergence : clustering.convergences()) {
            for (String member : convergence.members()) {
                groups.put(member, convergence.id());
            }
        }
        for (String id : clustering.unassigned()) {
            groups.put(id, null);
        }
        return groups;
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    private static double entropy(Map<String, Integer> sizes, int n) {
        double entropy = 0;
        for (int size : sizes.values()) {
            double p = (double) size / n;
            entropy -= p * Math.log(p);
        }
        return entropy;
    }

    /** One line of a Markdown table: precision, recall, F1, ARI, share assigned, convergences, NMI. */
    public String tableRow(String name) {
        return "| " + name + " | " + format(precision) + " | " + format(recall) + " | " + format(f1) + " | "
                + format(adjustedRand) + " | " + format(shareAssigned) + " | " + convergences + " | "
                + format(normalisedMutualInformation) + " |";
    }

    public static String tableHeader(String first) {
        return "| " + first
                + " | pairwise precision | pairwise recall | F1 | ARI | share assigned | convergences | NMI (not a headline) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }

    static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    /** The size of a group a cell names: every cell's two groups were counted in the same pass as the cell. */
    private static int size(Map<String, Integer> sizes, String group) {
        Integer size = sizes.get(group);
        if (size == null) {
            throw new IllegalStateException("a cell names a group that was not counted: " + group);
        }
        return size;
    }
}
