package fr.convergences.motion.model;

import java.util.List;

/**
 * The minutes (procès-verbal) of a closed voting session, as lines ready to print: who was present,
 * represented, replaced by a substitute, recused, the count, the outcome and the published hash. The
 * texts are already in the council's language; the PDF writer only lays them out.
 */
public record Minutes(String title, List<String> heading, List<Section> sections, String head, String verification) {

    /** A titled part: plain lines, or a table with its header row. */
    public record Section(String title, List<String> lines, List<String> tableHeader, List<List<String>> tableRows) {
        public static Section lines(String title, List<String> lines) {
            return new Section(title, lines, List.of(), List.of());
        }

        public static Section table(String title, List<String> header, List<List<String>> rows) {
            return new Section(title, List.of(), header, rows);
        }
    }
}
