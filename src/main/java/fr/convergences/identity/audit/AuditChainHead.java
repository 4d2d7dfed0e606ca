package fr.convergences.identity.audit;

/** Where a chain stands: the last sequence number and its hash, as published on the council's page and in minutes. */
public record AuditChainHead(long seq, String hash) {

    /** The form people copy and the verification command takes: {@code <seq>:<hash>}. */
    @Override
    public String toString() {
        return seq + ":" + hash;
    }

    public static AuditChainHead parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected <seq>:<hash>, got " + text);
        }
        return new AuditChainHead(
                Long.parseLong(text.substring(0, colon).trim()),
                text.substring(colon + 1).trim().toLowerCase());
    }
}
