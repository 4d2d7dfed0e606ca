package fr.convergences.identity;

/** The actions that are rate-limited, each with its default limit (changed by {@code convergences.rate-limit.<name>}). */
public enum RateLimited {
    SIGN_UP("sign-up", "5/1h"),
    RESET_MAIL("reset-mail", "3/1h"),
    CONTRIBUTION("contribution", "20/1h"),
    COMMENT("comment", "60/1h"),
    REPORT("report", "20/1h"),
    REGISTRATION("registration", "20/1h"),
    /** Per account: generous, a reader may support many proposals of a consultation in one sitting. */
    SUPPORT("support", "100/1h"),
    /** Per client address: each start sends the person to the provider and each return costs a token exchange. */
    OPENID_SIGN_IN("openid-sign-in", "30/1h");

    private final String setting;
    private final String defaultLimit;

    RateLimited(String setting, String defaultLimit) {
        this.setting = setting;
        this.defaultLimit = defaultLimit;
    }

    /** The setting's name under {@code convergences.rate-limit}. */
    public String setting() {
        return setting;
    }

    public String defaultLimit() {
        return defaultLimit;
    }
}
