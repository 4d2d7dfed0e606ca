package fr.convergences.contribution.exchange;

/** Told after each batch of rows written while an import is committed, so that a page can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (rows, fraction) -> {};

    /** {@code rows} contributions written so far; {@code fraction} of the file read, from 0 to 1. */
    void committed(long rows, double fraction);
}
