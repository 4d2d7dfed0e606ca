package fr.convergences.base;

import java.util.Arrays;

/**
 * A refusal the person can act on: bad input, a missing permission, a rule of the council. It
 * carries a message key (never a sentence) so that every layer can show it in the person's language.
 * Services throw it before changing anything, so a refused request leaves no trace but the message.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * The thing asked for does not exist (or may not be told to exist): keys end with {@code .unknown} by convention.
     * A page opened with such an id rethrows it, so that the refusal page answers 404 (issue 18).
     */
    public boolean isUnknown() {
        return messageKey.endsWith(".unknown");
    }
}
