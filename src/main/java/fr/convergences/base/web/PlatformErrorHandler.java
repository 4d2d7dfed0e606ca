package fr.convergences.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee11.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The page Jetty shows for the errors that never reach Vaadin or the API (a malformed request, a failure outside
 * both): the platform's own short page in French and English, instead of Jetty's, which names the server and
 * echoes the request's message. No stack trace, no server version, nothing taken from the request.
 */
final class PlatformErrorHandler extends ErrorHandler {

    private final I18NProvider messages;

    PlatformErrorHandler(I18NProvider messages) {
        this.messages = messages;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtml(
            Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write(html(code));
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(messages.getTranslation("error.http.text", Messages.FRENCH, code) + "\n"
                + messages.getTranslation("error.http.text", Messages.ENGLISH, code) + "\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"status\":" + code + "}");
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(html(status).getBytes(StandardCharsets.UTF_8));
    }

    String html(int code) {
        String title = messages.getTranslation("error.http.title", Messages.FRENCH, code);
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body>"
                + "<h1>" + title + "</h1><p>" + messages.getTranslation("error.http.text", Messages.FRENCH, code)
                + "</p>"
                + "<p lang=\"en\">" + messages.getTranslation("error.http.text", Messages.ENGLISH, code) + "</p>"
                + "<p><a href=\"/\">" + messages.getTranslation("error.http.home", Messages.FRENCH)
                + "</a></p></body></html>";
    }
}
