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

    /** Seconds: min / median / max. */
    static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "%6.2f / %6.2f / %6.2f", sorted[0] / 1e9, median(nanos) / 1e9, sorted[sorted.length - 1] / 1e9);
    }

    /**
     * Per pair, A's time over B's; {@code asRate}: B's time over A's (a rate of A against a rate of B for the same
     * amount of work). Min / median / max.
     */
    static String ratios(long[] a, long[] b, boolean asRate) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = asRate ? (double) b[i] / a[i] : (double) a[i] / b[i];
        }
        Arrays.sort(r);
        double median = r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
        // Small ratios (the apply before issue 14) need a third digit to tell them apart.
        String f = r[0] < 0.1 ? "%.3f" : "%.2f";
        return String.format(f + " / " + f + " / " + f, r[0], median, r[r.length - 1]);
    }

    /** Events per second of each run, sorted. */
    static double[] rates(long events, long[] nanos) {
        double[] rates = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            rates[i] = events / (nanos[i] / 1e9);
        }
        Arrays.sort(rates);
        return rates;
    }
}
