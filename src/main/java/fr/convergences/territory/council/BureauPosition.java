package fr.convergences.territory.council;

/** The council's bureau: its president, its vice-president and other members. */
public enum BureauPosition {
    PRESIDENT,
    VICE_PRESIDENT,
    MEMBER;

    /** A seat held by one person at a time: naming someone else replaces its holder. */
    public boolean isSingle() {
        return this != MEMBER;
    }
}
