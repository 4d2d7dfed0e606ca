package fr.convergences.base.api;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.UserFacingException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * A refusal in the API is a 400 with the message key and its French text (unknown things are 404),
 * never a stack trace or a 500.
 */
@Produces
@Singleton
@Requires(classes = {UserFacingException.class, ExceptionHandler.class})
public class UserFacingExceptionHandler
        implements ExceptionHandler<UserFacingException, HttpResponse<UserFacingExceptionHandler.Refusal>> {

    private final I18NProvider messages;

    public UserFacingExceptionHandler(I18NProvider messages) {
        this.messages = messages;
    }

    @Override
    public HttpResponse<Refusal> handle(HttpRequest request, UserFacingException refusal) {
        Refusal body = new Refusal(
                refusal.messageKey(),
                messages.getTranslation(refusal.messageKey(), Locale.FRENCH, refusal.arguments()));
        return refusal.messageKey().endsWith(".unknown") ? HttpResponse.notFound(body) : HttpResponse.badRequest(body);
    }

    @Serdeable
    public record Refusal(String error, String message) {}
}
