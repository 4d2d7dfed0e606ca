package fr.convergences.identity;

import java.util.Locale;

/**
 * What a person types to create an account. The display name may be a pseudonym. {@code acceptsCharter}: they ticked
 * that they have read the participation charter and will follow it, without which no account is created.
 */
public record SignUp(String email, String displayName, String password, Locale locale, boolean acceptsCharter) {}
