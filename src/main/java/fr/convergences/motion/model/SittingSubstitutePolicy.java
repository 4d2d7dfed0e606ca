package fr.convergences.motion.model;

/**
 * A substitute sits in a sitting only in place of their titular, when the titular declared absence and
 * the substitute did not. "Substitute voting while the titular sits" is exactly what this refuses.
 */
public final class SittingSubstitutePolicy {

    private SittingSubstitutePolicy() {}

    public static boolean maySit(boolean hasSubstitute, boolean titularAbsent, boolean substituteAbsent) {
        return hasSubstitute && titularAbsent && !substituteAbsent;
    }
}
