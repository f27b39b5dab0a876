package app.innkeep.standby.sync;

import static app.innkeep.standby.sync.SnapshotDownload.number;

import app.innkeep.model.snapshot.SnapshotLine;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How far the writing of a snapshot has come: the status page's progress and a log line every tenth. */
final class SnapshotProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProgress.class);

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
        this.nextLog = Math.max(1, total / 10);
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
        if (n % 100 == 0) {
            progress.accept(what + ": writing " + kind + " " + number(n) + " of " + number(expected(kind)));
        }
        if (done >= nextLog) {
            // The crash tests watch for this line to kill the standby mid-replace.
            LOG.info("{}: writing {} {} of {} ({} of {} lines written)", what, kind, n, expected(kind), done, total);
            nextLog += Math.max(1, total / 10);
        }
    }

    /** How many rows of a kind were written so far. */
    long count(Kind kind) {
        return perKind.getOrDefault(kind, 0L);
    }

    /** How many rows of a kind the snapshot's header announces. */
    long expected(Kind kind) {
        return header.counts().getOrDefault(kind.countKey, 0L);
    }
}
