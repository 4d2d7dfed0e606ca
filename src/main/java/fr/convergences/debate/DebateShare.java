package fr.convergences.debate;

/** How many of a consultation's public contributions were captured at its debates, out of all of them. */
public record DebateShare(long captured, long total) {

    public long percent() {
        return total == 0 ? 0 : Math.round(100.0 * captured / total);
    }
}
