package fr.convergences.contribution.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a column of an imported file can mean, with the header names recognised automatically, best
 * first: Decidim's open-data exports (whose names vary across versions: {@code title} or
 * {@code title/fr}, {@code votes} or {@code supports}…), make.org's, and the French names a council
 * would type in a spreadsheet. Columns that are not mapped are ignored. The author column is read
 * only to be hashed (see {@link ImportAuthors}): the name never enters the platform, and one
 * author's several rows count as one voice.
 */
public enum ImportField {
    TITLE("title/fr", "title", "titre", "intitule", "title/en"),
    BODY("body/fr", "body", "texte", "text", "description", "contenu", "contribution", "body/en"),
    KIND("kind", "type", "nature"),
    THEMES("category/name/fr", "category", "categorie", "theme", "themes", "thematique", "category/name/en"),
    COMMUNE("commune_insee", "code_insee", "insee", "commune", "scope/name/fr", "scope", "scope/name/en"),
    SUPPORTS("supports", "votes", "endorsements", "endorsements/total_count", "soutiens"),
    COMMENTS("comments", "comments_count", "commentaires"),
    DATE("published_at", "created_at", "date", "publie_le", "date_de_publication"),
    REFERENCE("reference", "id", "identifiant"),
    URL("url", "lien", "link"),
    AUTHOR("author/id", "author/nickname", "author/name", "author", "auteur", "auteur_id");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final List<String> knownHeaders;

    ImportField(String... knownHeaders) {
        this.knownHeaders = List.of(knownHeaders);
    }

    /** Header names this field recognises, already normalised, best first. */
    public List<String> knownHeaders() {
        return knownHeaders;
    }

    /** A header as compared with the known names: trimmed, lower case, without accents, spaces as underscores. */
    static String normaliseHeader(String header) {
        String plain = MARKS.matcher(Normalizer.normalize(header.strip(), Normalizer.Form.NFD))
                .replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
