package fr.convergences.base;

import java.util.regex.Pattern;

/** Deliberately simple: the mail that is sent to the address is the real check that it works. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {}

    public static boolean isPlausible(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && PLAUSIBLE.matcher(address).matches();
    }
}
