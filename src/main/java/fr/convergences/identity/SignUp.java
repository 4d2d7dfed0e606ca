package fr.convergences.identity;

import java.util.Locale;

/** What a person types to create an account. The display name may be a pseudonym. */
public record SignUp(String email, String displayName, String password, Locale locale) {
}
