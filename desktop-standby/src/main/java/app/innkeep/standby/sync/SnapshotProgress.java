package app.innkeep.standby.sync;

import static app.innkeep.standby.sync.SnapshotDownload.number;

import app.innkeep.model.snapshot.SnapshotLine;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the writing of a snapshot has come: the status page's progress, and a log line at each section's first row
 * and every tenth, or every {@link #LOG_EVERY} lines when the header does not count the large sections (a cloud asked
 * for the counts at the end).
 */
final class SnapshotProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProgress.class);

    /** Lines between two log lines when the total is not known before the end. */
    static final long LOG_EVERY = 10_000;

    /** Lines from one log line to the next: a tenth of the total, or {@link #LOG_EVERY} when it is not known (0). */
    static long logStep(long total) {
        return total > 0 ? Math.max(1, total / 10) : LOG_EVERY;
    }

    /** The lines a header announces; 0 when it leaves the large sections' counts to the end line. */
    static long total(SnapshotLine.Header header) {
        if (!header.counts().keySet().containsAll(SnapshotLine.Header.COUNTED_AT_END)) {
            return 0;
        }
        return header.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Whether the end line's counts agree with the header's: every count the header gives is the end's, and the header
     * leaves out at most the large sections' (the end line counts those).
     */
    static boolean agree(SnapshotLine.Header header, SnapshotLine.End end) {
        for (var e : header.counts().entrySet()) {
            if (!e.getValue().equals(end.counts().get(e.getKey()))) {
                return false;
            }
        }
        for (String key : end.counts().keySet()) {
            if (!header.counts().containsKey(key) && !SnapshotLine.Header.COUNTED_AT_END.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private final String what;
    private final SnapshotLine.Header header;
    private final long total;
    private final Consumer<String> progress;
    private final Map<Kind, Long> perKind = new EnumMap<>(Kind.class);
    private long done;
    private long nextLog;

    SnapshotProgress(String what, SnapshotLine.Header header, long total, Consumer<String> progress) {
        this.what = what;
        this.header = header;
        this.total = total;
        this.progress = progress;
        this.nextLog = logStep(total);
    }

    /** The kinds of a snapshot's rows: as the progress and the log name them, and as the header counts them. */
    enum Kind {
        MASTER_DATA("master data", "masterData"),
        ROOMS("rooms", "rooms"),
        LETTER_TEMPLATES("letter templates", "letterTemplates"),
        BOOKINGS("bookings", "bookings"),
        FOLIO_LINES("folio lines", "folioLines");

        private final String words;
        private final String countKey;

        Kind(String words, String countKey) {
            this.words = words;
            this.countKey = countKey;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    void row(Kind kind) {
        long n = perKind.merge(kind, 1L, Long::sum);
        done++;
        Long expected = header.counts().get(kind.countKey);
        if (n % 100 == 0) {
            progress.accept(what + ": writing " + kind + " " + number(n)
                    + (expected != null ? " of " + number(expected) : " so far"));
        }
        if (n == 1 || done >= nextLog) {
            // At each section's first row, then every tenth (or every LOG_EVERY lines). The crash tests watch for
            // this line to kill the standby mid-replace.
            LOG.info(
                    "{}: writing {} {}{} ({}{} lines written)",
                    what,
                    kind,
                    n,
                    expected != null ? " of " + expected : "",
                    done,
                    total > 0 ? " of " + total : "");
            if (done >= nextLog) {
                nextLog += logStep(total);
            }
        }
    }

    /** How many rows of a kind were written so far. */
    long count(Kind kind) {
        return perKind.getOrDefault(kind, 0L);
    }

    /** How many rows of a kind the snapshot's end line counts. */
    static long counted(SnapshotLine.End end, Kind kind) {
        return end.counts().getOrDefault(kind.countKey, 0L);
    }
}
