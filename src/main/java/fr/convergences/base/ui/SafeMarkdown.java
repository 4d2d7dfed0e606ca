package fr.convergences.base.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text written by council staff (a consultation's presentation, minutes) in Markdown: simple to
 * write, readable as plain text. It is rendered by CommonMark with raw HTML escaped, then cleaned by
 * jsoup's allow-list (paragraphs, emphasis, lists, quotes, headings, links with http(s)/mailto only,
 * marked rel="nofollow"), so that no script, style or event handler can ever reach the page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic().addTags("h3", "h4").removeProtocols("a", "href", "ftp");

    private SafeMarkdown() {}

    /** The sanitised HTML of the Markdown text. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document clean = Jsoup.parseBodyFragment(
                Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false)));
        // A link whose address was refused (javascript:, data:…) is kept as plain text, not as a dead link.
        clean.select("a:not([href])").unwrap();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** A component showing the text; Vaadin's Html needs one root element, hence the wrapping div. */
    public static Html component(String markdown) {
        return new Html("<div class=\"rich-text\">" + toHtml(markdown) + "</div>");
    }
}
