package fr.convergences.identity.profile;

import java.util.Locale;

/** What a person may change in their profile. The real name is optional and only seen by council admins that require it. */
public record ProfileChange(String displayName, String communeInsee, String realName, Locale locale) {}
