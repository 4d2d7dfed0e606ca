package fr.convergences.motion.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The seats called to vote in a session, each with its college, as fixed and chained when the session opens. Closing
 * counts from it and the independent verification recounts from the chained copy: both must agree on who is in it, who
 * counts as present, and how many seats each college's majority is measured against, so those rules live here once.
 */
public record Electorate(Map<Long, Long> collegeBySeat) {

    /** The college given to a ballot whose seat is not in the electorate; verification reports such a ballot. */
    public static final long OUTSIDE = -1L;

    public Electorate {
        collegeBySeat = Collections.unmodifiableMap(new LinkedHashMap<>(collegeBySeat));
    }

    /** Reads the form {@link #chained()} writes: a list of {@code [seat, college]} pairs, numbers of any width. */
    public static Electorate fromChained(List<?> pairs) {
        Map<Long, Long> collegeBySeat = new LinkedHashMap<>();
        for (Object pair : pairs) {
            List<?> seatAndCollege = (List<?>) pair;
            collegeBySeat.put(
                    ((Number) seatAndCollege.get(0)).longValue(), ((Number) seatAndCollege.get(1)).longValue());
        }
        return new Electorate(collegeBySeat);
    }

    /** The form chained at opening, in the order the seats were fixed: {@code [[seat, college], ...]}. */
    public List<List<Long>> chained() {
        return collegeBySeat.entrySet().stream()
                .map(entry -> List.of(entry.getKey(), entry.getValue()))
                .toList();
    }

    public boolean contains(long seat) {
        return collegeBySeat.containsKey(seat);
    }

    public long collegeOf(long seat) {
        return collegeBySeat.getOrDefault(seat, OUTSIDE);
    }

    public int size() {
        return collegeBySeat.size();
    }

    /** The recused seats that are in the electorate: a recusal recorded for a seat that was never called changes nothing. */
    public Set<Long> recusedAmong(Collection<Long> recused) {
        Set<Long> inside = new TreeSet<>(recused);
        inside.retainAll(collegeBySeat.keySet());
        return inside;
    }

    /** Who counts as present for the quorum: the given seats that are in the electorate and not recused. */
    public Set<Long> presentAmong(Collection<Long> seats, Set<Long> recused) {
        Set<Long> present = new TreeSet<>(seats);
        present.retainAll(collegeBySeat.keySet());
        present.removeAll(recused);
        return present;
    }

    /** Seats per college, recused seats left out: what each college's majority is measured against. */
    public Map<Long, Integer> seatsByCollege(Set<Long> recused) {
        Map<Long, Integer> byCollege = new TreeMap<>();
        collegeBySeat.forEach((seat, college) -> {
            if (!recused.contains(seat)) {
                byCollege.merge(college, 1, Integer::sum);
            }
        });
        return byCollege;
    }
}
