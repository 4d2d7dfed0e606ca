package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * The synthesis document as Markdown. Every text people or the editor wrote goes through {@link SynthesisMarkdown#escape}
 * (a contribution can neither format the document nor slip HTML in); the editor's framing and introductions keep their
 * paragraphs, each escaped on its own.
 */
@Singleton
public class SynthesisDocumentMarkdown {

    private final I18NProvider messages;

    public SynthesisDocumentMarkdown(I18NProvider messages) {
        this.messages = messages;
    }

    public String render(SynthesisDocument document, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(SynthesisMarkdown.escape(document.title())).append("\n\n");
        out.append(SynthesisMarkdown.escape(document.council()))
                .append(" — ")
                .append(SynthesisMarkdown.escape(document.consultation()))
                .append("  \n");
        out.append(
                        document.number() == null
                                ? t(locale, "synthesis.preview.badge")
                                : t(locale, "synthesis.version.line", document.number(), date(document, locale)))
                .append("\n\n");
        if (document.withdrawn() > 0) {
            out.append("> ")
                    .append(t(locale, "synthesis.withdrawn", document.withdrawn()))
                    .append("\n\n");
        }
        if (!document.differences().isEmpty()) {
            out.append("## ")
                    .append(t(locale, "synthesis.differences", document.previousNumber()))
                    .append("\n\n");
            document.differences()
                    .forEach(difference -> out.append("- ")
                            .append(SynthesisMarkdown.escape(difference))
                            .append('\n'));
            out.append('\n');
        }
        paragraphs(out, document.framing());
        for (SynthesisDocument.Section section : document.themes()) {
            out.append("## ").append(SynthesisMarkdown.escape(section.label())).append("\n\n");
            paragraphs(out, section.introduction());
            for (SynthesisDocument.Group group : section.convergences()) {
                out.append("### ")
                        .append(SynthesisMarkdown.escape(group.label()))
                        .append("\n\n");
                out.append(t(
                                locale,
                                "convergence.synthesis.figures",
                                group.voices(),
                                group.communes(),
                                group.contributions()))
                        .append("\n\n");
                quotes(out, group.quotes());
            }
            for (SynthesisDocument.Divided divided : section.divergences()) {
                out.append("### ")
                        .append(t(locale, "synthesis.divergence", SynthesisMarkdown.escape(divided.label())))
                        .append("\n\n");
                out.append("**").append(t(locale, "synthesis.inFavour")).append("**\n\n");
                quotes(out, divided.inFavour());
                out.append("**").append(t(locale, "synthesis.against")).append("**\n\n");
                quotes(out, divided.against());
            }
            if (!section.others().isEmpty()) {
                out.append("### ").append(t(locale, "synthesis.others")).append("\n\n");
                section.others()
                        .forEach(other -> out.append("- [")
                                .append(SynthesisMarkdown.escape(other.title()))
                                .append("](")
                                .append(other.link())
                                .append(")\n"));
                out.append('\n');
            }
        }
        out.append("## ").append(t(locale, "synthesis.sources")).append("\n\n");
        document.sources()
                .organisations()
                .forEach(organisation -> out.append("- ")
                        .append(SynthesisMarkdown.escape(organisation))
                        .append('\n'));
        document.sources()
                .residents()
                .forEach(commune -> out.append("- ")
                        .append(t(
                                locale,
                                "synthesis.residents",
                                SynthesisMarkdown.escape(commune.commune()),
                                commune.contributions()))
                        .append('\n'));
        out.append("\n## ").append(t(locale, "synthesis.figures")).append("\n\n");
        SynthesisDocument.Figures figures = document.figures();
        out.append(t(
                        locale,
                        "synthesis.figures.line",
                        figures.contributions(),
                        figures.voices(),
                        figures.communes(),
                        figures.colleges(),
                        figures.offlinePercent()))
                .append("\n\n");
        out.append("---\n\n").append(t(locale, "convergence.synthesis.licence")).append('\n');
        return out.toString();
    }

    private static void quotes(StringBuilder out, List<SynthesisDocument.Quote> quotes) {
        for (SynthesisDocument.Quote quote : quotes) {
            out.append("> « ")
                    .append(SynthesisMarkdown.escape(quote.text()))
                    .append(" »  \n> — [")
                    .append(SynthesisMarkdown.escape(quote.source()))
                    .append("](")
                    .append(quote.link())
                    .append(")\n\n");
        }
    }

    private static void paragraphs(StringBuilder out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.append(SynthesisMarkdown.escape(paragraph)).append("\n\n");
            }
        }
    }

    public static String date(SynthesisDocument document, Locale locale) {
        return fr.convergences.base.i18n.Messages.day(document.date(), locale);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return messages.getTranslation(key, locale, parameters);
    }
}
