package fr.convergences.debate.paperform;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** A batch of numbered paper forms printed for a consultation: serials {@code firstSerial} to {@code firstSerial + count - 1}. */
public record PaperFormBatch(long id, long consultationId, int firstSerial, int count, Instant issuedAt) {

    public static final int MAX_COUNT = 500;

    public List<FormNumber> numbers() {
        return IntStream.range(firstSerial, firstSerial + count)
                .mapToObj(serial -> new FormNumber(consultationId, serial))
                .toList();
    }

    public FormNumber first() {
        return new FormNumber(consultationId, firstSerial);
    }

    public FormNumber last() {
        return new FormNumber(consultationId, firstSerial + count - 1);
    }
}
