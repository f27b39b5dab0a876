package app.innkeep.standby.sync;

import app.innkeep.model.json.JsonException;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.cloud.CloudClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the whole snapshot to a file and checks it is complete before anything is replaced. Every attempt of the
 * download (the client retries a broken one) starts the file afresh.
 */
final class SnapshotDownload {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotDownload.class);

    private SnapshotDownload() {}

    /** Returns the snapshot's header once the file holds all of it, with counts that agree. */
    static SnapshotLine.Header download(
            CloudClient cloud, SyncState state, Path file, String what, Consumer<String> progress) throws IOException {
        SnapshotReceiver receiver = new SnapshotReceiver(file, what, progress);
        try {
            cloud.snapshot(state.cloudUrl(), state.property(), state.credential(), receiver);
        } finally {
            receiver.close();
        }
        SnapshotLine.Header header = receiver.header;
        SnapshotLine.End end = receiver.end;
        if (header == null || end == null) {
            throw new MalformedPage(
                    "the snapshot download is incomplete (no " + (header == null ? "header" : "end line") + ")");
        }
        long expected =
                end.counts().values().stream().mapToLong(Long::longValue).sum();
        if (expected != receiver.lines || !SnapshotProgress.agree(header, end)) {
            throw new MalformedPage(
                    "the snapshot is incomplete: " + receiver.lines + " lines, its counts say " + expected);
        }
        if (!header.property().equals(state.property())) {
            throw new MalformedPage(
                    "the snapshot is of " + header.property() + ", this standby mirrors " + state.property());
        }
        return header;
    }

    /** Writes the snapshot's lines to the file, from scratch at every attempt, and says how far it has come. */
    private static final class SnapshotReceiver implements CloudClient.LineHandler {
        private final Path file;
        private final String what;
        private final Consumer<String> progress;
        private BufferedWriter out;
        private SnapshotLine.Header header;
        private SnapshotLine.End end;
        private long lines;
        private long bytes;
        private long total;
        private long nextLog;
        private int attempts;

        SnapshotReceiver(Path file, String what, Consumer<String> progress) {
            this.file = file;
            this.what = what;
            this.progress = progress;
        }

        @Override
        public void restart() {
            close();
            attempts++;
            header = null;
            end = null;
            lines = 0;
            bytes = 0;
            total = 0;
            nextLog = 0;
            try {
                // TRUNCATE_EXISTING: a retry starts a clean file, whatever an earlier attempt left in it.
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (attempts > 1) {
                LOG.info("{}: downloading the snapshot again from the start (attempt {})", what, attempts);
            }
        }

        @Override
        public void line(String text) {
            try {
                // Only the header and the end line are read here; the rows are read once, when they are written. A
                // line without either word cannot be one of them.
                SnapshotLine line =
                        text.contains("\"header\"") || text.contains("\"end\"") ? SnapshotCodec.decode(text) : null;
                if (line instanceof SnapshotLine.Header h) {
                    header = h;
                    total = SnapshotProgress.total(h);
                    nextLog = SnapshotProgress.logStep(total);
                } else if (line instanceof SnapshotLine.End e) {
                    end = e;
                } else {
                    lines++;
                    if (lines % 100 == 0 || lines == total) {
                        progress.accept(what + ": downloading the snapshot, " + number(lines)
                                + (total > 0 ? " of " + number(total) : "") + " lines (" + megabytes(bytes)
                                + " so far)");
                    }
                    if (lines >= nextLog) {
                        LOG.info(
                                "{}: downloaded {}{} snapshot lines ({})",
                                what,
                                lines,
                                total > 0 ? " of " + total : "",
                                megabytes(bytes));
                        nextLog += SnapshotProgress.logStep(total);
                    }
                }
                out.write(text);
                out.write("\n");
                bytes += text.length() + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JsonException e) {
                throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
            }
        }

        void close() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    out = null;
                }
            }
        }
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
