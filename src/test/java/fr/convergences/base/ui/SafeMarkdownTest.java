package fr.convergences.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void simple_formatting_is_kept() {
        assertThat(SafeMarkdown.toHtml("**Important** et *utile*\n\n- un\n- deux"))
                .contains("<strong>Important</strong>", "<em>utile</em>", "<ul>", "<li>un</li>");
    }

    @Test
    void raw_html_is_shown_as_text_never_run() {
        String html = SafeMarkdown.toHtml(
                "<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=\"x()\">gras</b>");
        assertThat(html)
                .doesNotContain("<script", "<img", "<b ")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void only_web_and_mail_links_survive_and_are_marked_nofollow() {
        String html = SafeMarkdown.toHtml(
                "[a](javascript:alert(1)) [b](data:text/html,x) [c](https://ars.sante.fr) [d](mailto:cts@example.org)");
        assertThat(html)
                .doesNotContain("javascript:", "data:")
                .contains("<a href=\"https://ars.sante.fr\" rel=\"nofollow\">c</a>", "href=\"mailto:cts@example.org\"")
                .contains("a b");
    }
}
