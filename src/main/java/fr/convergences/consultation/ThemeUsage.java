package fr.convergences.consultation;

/**
 * Whether contributions use a theme, asked before a theme is removed. Contributions sit to the right of consultations,
 * so the consultation feature owns this port and the contribution feature answers it from its own table.
 */
public interface ThemeUsage {

    boolean inUse(long themeId);
}
