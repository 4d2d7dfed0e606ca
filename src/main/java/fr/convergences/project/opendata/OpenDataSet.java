package fr.convergences.project.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The projet's open data sets, each with the file name it is served under and its columns (CSV header and JSON keys
 * alike). Column names are French, as the contributions' file and data.gouv.fr's habits have them. No column names a
 * person: organisations carry actions, and what was recorded by whom stays in the audit log.
 */
public enum OpenDataSet {
    ACTIONS(
            "actions",
            List.of(
                    "id",
                    "conseil",
                    "axe",
                    "titre",
                    "description",
                    "porteur",
                    "partenaires",
                    "communes_insee",
                    "debut",
                    "echeance",
                    "budget_euros",
                    "statut",
                    "motif_abandon",
                    "repond_aux_motions",
                    "repond_aux_convergences",
                    "repond_aux_contributions")),
    INDICATORS(
            "indicateurs",
            List.of(
                    "id",
                    "conseil",
                    "action_id",
                    "nom",
                    "definition",
                    "unite",
                    "source",
                    "valeur_reference",
                    "date_reference",
                    "valeur_cible",
                    "date_cible",
                    "frequence",
                    "sens",
                    "responsable",
                    "co_adopte_avec_college",
                    "co_adopte_le")),
    MEASUREMENTS(
            "mesures",
            List.of(
                    "indicateur_id",
                    "indicateur",
                    "date",
                    "commune_insee",
                    "commune",
                    "valeur",
                    "unite",
                    "provenance")),
    DECISIONS(
            "decisions",
            List.of(
                    "id",
                    "conseil",
                    "type",
                    "titre",
                    "texte",
                    "statut",
                    "consultation_id",
                    "decide_le",
                    "scrutin",
                    "methode",
                    "issue",
                    "inscrits",
                    "presents_ou_representes",
                    "quorum_atteint",
                    "bulletins",
                    "pour",
                    "contre",
                    "abstentions",
                    "option_retenue",
                    "envoye_ars_le",
                    "reponse_ars_attendue_le",
                    "reponse_ars",
                    "reponse_ars_le"));

    private final String fileName;
    private final List<String> columns;

    OpenDataSet(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The set served under that name ({@code actions}, {@code indicateurs}, {@code mesures}, {@code decisions}). */
    public static Optional<OpenDataSet> named(String fileName) {
        return Arrays.stream(values())
                .filter(set -> set.fileName.equals(fileName))
                .findFirst();
    }

    /** The bundle key of the set's title and description on the open-data page. */
    public String messageKey() {
        return "project.opendata." + fileName;
    }
}
