package fr.convergences.project.diagnostic;

import java.util.List;

/** What importing a file of figures per commune did: the figures and values written, or every refused line (nothing written). */
public sealed interface FigureImport {

    record Imported(List<String> figures, int communes, int values) implements FigureImport {}

    record Rejected(List<FigureRowPolicy.Outcome.Rejected> lines) implements FigureImport {}
}
