package fr.convergences.convergence;

import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.io.InputProblem;
import fr.convergences.convergence.io.JsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of opposing and same-stance pairs that src/test/resources/convergence/stance/extract.py writes: items of one
 * subject (a proposal and the comments on it), each with the stance people gave (+1 or -1) and its part. Its README
 * says how it is built and split.
 */
record StancePairSet(List<Item> items) {

    static final Path FILE = Path.of("src/test/resources/convergence/stance/pairs.jsonl");

    record Item(Document document, String subject, String stance, String part) {}

    static StancePairSet read(Path file) throws InputProblem {
        List<Item> items = new ArrayList<>();
        for (JsonLines.Line line :
                JsonLines.read(file, List.of("id", "text", "title", "source", "subject", "stance", "part"))) {
            if (line.get("id") == null
                    || line.get("text") == null
                    || line.get("subject") == null
                    || line.get("part") == null
                    || !List.of("+1", "-1").contains(line.get("stance"))) {
                throw new InputProblem(file + ", line " + line.number()
                        + ": id, text, subject, part and a stance of +1 or -1 are required.");
            }
            items.add(new Item(
                    new Document(line.get("id"), line.get("title"), line.get("text"), line.get("source"), null),
                    line.get("subject"),
                    line.get("stance"),
                    line.get("part")));
        }
        return new StancePairSet(List.copyOf(items));
    }

    StancePairSet part(String part) {
        return new StancePairSet(
                items.stream().filter(item -> item.part().equals(part)).toList());
    }

    List<Document> documents() {
        return items.stream().map(Item::document).toList();
    }

    /** Every two items of one subject: opposing when people gave them different stances, else a control. */
    List<PairStanceQuality.Pair> pairs() {
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> stances = new LinkedHashMap<>();
        for (Item item : items) {
            subjects.put(item.document().id(), item.subject());
            stances.put(item.document().id(), item.stance());
        }
        return PairStanceQuality.pairsOf(subjects, stances);
    }
}
