package app.innkeep.ops.bench;

import java.util.Arrays;

/** What the benchmarks print of repeated measurements. */
final class Samples {

    private Samples() {}

    /** The middle value (the mean of the two middle ones for an even count), the input left as it was. */
    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
