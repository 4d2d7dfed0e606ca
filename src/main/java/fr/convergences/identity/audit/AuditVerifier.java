package fr.convergences.identity.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes chains from the stored entries. A stored hash that does not match its content, or a
 * broken link, shows a clumsy edit; a recomputed hash that differs from a head published earlier
 * shows a careful rewrite, even by someone who recomputed every stored hash.
 */
@Singleton
public class AuditVerifier {

    private final AuditEntryStore entries;

    AuditVerifier(AuditEntryStore entries) {
        this.entries = entries;
    }

    /** Verifies the given chains (all when empty) against the published heads, keyed by chain. */
    @Transactional(readOnly = true)
    public List<String> verify(Collection<Long> chains, Map<Long, List<AuditChainHead>> publishedHeads) {
        List<String> problems = new ArrayList<>();
        for (long chain : chains.isEmpty() ? entries.chains() : chains) {
            verifyChain(chain, publishedHeads.getOrDefault(chain, List.of()), problems);
        }
        return problems;
    }

    private void verifyChain(long chain, List<AuditChainHead> published, List<String> problems) {
        Map<Long, String> expected = new HashMap<>();
        published.forEach(head -> expected.put(head.seq(), head.hash()));
        long[] lastSeq = {0};
        String[] previous = {AuditEntry.GENESIS};
        entries.inOrder(chain, entry -> {
            String recomputed = entry.computeHash();
            if (entry.seq() != lastSeq[0] + 1) {
                problems.add("chain " + chain + ": entry " + (lastSeq[0] + 1) + " is missing");
            }
            if (!entry.previousHash().equals(previous[0])) {
                problems.add("chain " + chain + ": entry " + entry.seq() + " does not link to the entry before it");
            }
            if (!recomputed.equals(entry.hash())) {
                problems.add("chain " + chain + ": entry " + entry.seq()
                        + " was modified (its hash does not match its content)");
            }
            String publishedHash = expected.remove(entry.seq());
            if (publishedHash != null && !publishedHash.equals(recomputed)) {
                problems.add("chain " + chain + ": entry " + entry.seq() + " differs from the published head "
                        + entry.seq() + ":" + publishedHash);
            }
            lastSeq[0] = entry.seq();
            previous[0] = recomputed;
        });
        expected.keySet()
                .forEach(seq ->
                        problems.add("chain " + chain + ": the published head " + seq + " is missing from the log"));
    }
}
