package fr.convergences.contribution.moderation;

import fr.convergences.contribution.Addendum;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.Revision;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a passage occurs in a contribution's texts: its title, its text, the earlier versions an edit replaced, its
 * addenda. Field names (such as {@code revision.2.body}) go to the audit log and the decision, the passage never does.
 */
public record TextRedaction(List<String> fields, int occurrences, List<Revision> revisions, List<Addendum> addenda) {

    record Revision(int number, String title, String body) {}

    record Addendum(long id, String body) {}

    static TextRedaction of(
            Contribution contribution, Redaction redaction, List<Revision> allRevisions, List<Addendum> allAddenda) {
        List<String> fields = new ArrayList<>();
        int occurrences = count(redaction, contribution.title(), "title", fields)
                + count(redaction, contribution.body(), "body", fields);
        List<Revision> revisions = new ArrayList<>();
        for (Revision revision : allRevisions) {
            int found = count(redaction, revision.title(), "revision." + revision.number() + ".title", fields)
                    + count(redaction, revision.body(), "revision." + revision.number() + ".body", fields);
            if (found > 0) {
                revisions.add(revision);
                occurrences += found;
            }
        }
        List<Addendum> addenda = new ArrayList<>();
        for (Addendum addendum : allAddenda) {
            int found = count(redaction, addendum.body(), "addendum." + addendum.id(), fields);
            if (found > 0) {
                addenda.add(addendum);
                occurrences += found;
            }
        }
        return new TextRedaction(List.copyOf(fields), occurrences, revisions, addenda);
    }

    private static int count(Redaction redaction, String text, String field, List<String> fields) {
        int found = redaction.occurrencesIn(text);
        if (found > 0) {
            fields.add(field);
        }
        return found;
    }
}
