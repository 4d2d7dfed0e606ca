package fr.convergences.convergence.quality;

import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.io.InputProblem;
import fr.convergences.convergence.io.JsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled set: documents with the idea each expresses and the part it belongs to ({@code dev} to tune on,
 * {@code heldout} never to tune on). See src/test/resources/convergence/README.md.
 */
public record LabelledSet(List<Item> items) {

    public static final String DEVELOPMENT = "dev";
    public static final String HELD_OUT = "heldout";

    public record Item(Document document, String idea, String part) {}

    public static LabelledSet read(Path file) throws InputProblem {
        List<Item> items = new ArrayList<>();
        for (JsonLines.Line line :
                JsonLines.read(file, List.of("id", "text", "title", "source", "territory", "idea", "part"))) {
            if (line.get("id") == null
                    || line.get("text") == null
                    || line.get("idea") == null
                    || line.get("part") == null) {
                throw new InputProblem(file + ", line " + line.number() + ": id, text, idea and part are required.");
            }
            items.add(new Item(
                    new Document(
                            line.get("id"),
                            line.get("title"),
                            line.get("text"),
                            line.get("source"),
                            line.get("territory")),
                    line.get("idea"),
                    line.get("part")));
        }
        return new LabelledSet(List.copyOf(items));
    }

    public LabelledSet part(String part) {
        return new LabelledSet(
                items.stream().filter(item -> item.part().equals(part)).toList());
    }

    public List<Document> documents() {
        return items.stream().map(Item::document).toList();
    }

    /** Document id to idea; ideas named {@code none-…} are singletons, so they map to null (a group of their own). */
    public Map<String, String> reference() {
        Map<String, String> reference = new LinkedHashMap<>();
        for (Item item : items) {
            reference.put(item.document().id(), item.idea().startsWith("none-") ? null : item.idea());
        }
        return reference;
    }
}
