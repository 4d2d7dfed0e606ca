package fr.convergences.convergence.engine;

import java.util.List;

/**
 * A group of documents that voice the same need or proposal, from at least two distinct sources.
 *
 * @param id      stable for the same members (derived from them), so that a re-run finds the same convergence
 * @param label   a short readable label built from the group's most distinctive words (editable by moderators)
 * @param terms   the group's key words, most distinctive first
 * @param members the members' document ids, most representative first
 * @param sources the number of distinct sources (a document without a source is a source of its own)
 * @param score   cohesion: the mean similarity of the members' pairs (0 to 1)
 */
public record Convergence(
        String id, String label, List<String> terms, List<String> members, int sources, double score) {

    public Convergence {
        terms = List.copyOf(terms);
        members = List.copyOf(members);
    }
}
