package fr.convergences.identity.notification;

/**
 * What a notification is about, with the e-mail frequency people get until they choose another.
 * Security mails (address confirmation, password reset) are not configurable: they always go at once.
 */
public enum NotificationKind {
    ACCOUNT_SECURITY(Frequency.IMMEDIATELY, false),
    MANDATE_INVITATION(Frequency.IMMEDIATELY, true),
    MODERATION_DECISION(Frequency.IMMEDIATELY, true),
    MODERATION_ALERT(Frequency.IMMEDIATELY, true),
    OFFICIAL_ANSWER(Frequency.DAILY_DIGEST, true),
    DEBATE_REMINDER(Frequency.IMMEDIATELY, true),
    VOTING_SESSION(Frequency.IMMEDIATELY, true),
    DEBATE_REGISTRATION(Frequency.IMMEDIATELY, true),
    DEBATE_CANCELLED(Frequency.IMMEDIATELY, true),
    // What became of what a person said or follows: decisions, the agency's replies, actions, indicators.
    FOLLOW_UP(Frequency.DAILY_DIGEST, true),
    // The agency's reply to an avis is late: the council's secretariat is to chase it.
    ARS_REMINDER(Frequency.IMMEDIATELY, true);

    private final Frequency defaultFrequency;
    private final boolean configurable;

    NotificationKind(Frequency defaultFrequency, boolean configurable) {
        this.defaultFrequency = defaultFrequency;
        this.configurable = configurable;
    }

    public Frequency defaultFrequency() {
        return defaultFrequency;
    }

    public boolean configurable() {
        return configurable;
    }
}
