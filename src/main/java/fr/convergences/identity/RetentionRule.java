package fr.convergences.identity;

/**
 * How long one kind of personal data is kept, as the personal-data page states it. Each feature that erases personal
 * data on a schedule declares its rule, so that the page says what the jobs do, with the configured period.
 *
 * @param messageKey the sentence stating the rule; its argument {0} is the number of days
 * @param days       the period, from the configuration the erasing job uses
 */
public record RetentionRule(String messageKey, long days) {

    /** A feature's rules; a bean, so that identity lists them without knowing the features to its right. */
    public interface Source {
        java.util.List<RetentionRule> retentionRules();
    }
}
