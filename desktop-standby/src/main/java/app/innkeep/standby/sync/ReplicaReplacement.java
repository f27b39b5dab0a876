package app.innkeep.standby.sync;

import static app.innkeep.standby.sync.SnapshotDownload.number;

import app.innkeep.model.json.JsonException;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.store.KnownValues;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.ReplicaBatch;
import app.innkeep.standby.store.ReplicaLetters;
import app.innkeep.standby.store.ReplicaRows;
import app.innkeep.standby.store.SnapshotLines;
import app.innkeep.standby.store.SnapshotTable;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The snapshot's store: the replicated tables emptied and written again from a snapshot's lines, read once in their
 * order (header, master data, rooms, letter templates, bookings, folio lines, end line), in the caller's one
 * transaction (ADR 0014): from a downloaded file, or as they arrive from the cloud. Master data and rooms (a few
 * thousand rows at most) are written in batches; bookings and folio lines, nearly all of a snapshot, with one {@code
 * INSERT ... SELECT} each from the lines read as a table function, which Derby runs as a bulk load into the emptied
 * table ({@link SnapshotTable}). A snapshot that does not fit together (no header first, lines out of their order, no
 * end line, counts that differ from its header's) is refused whole: the caller's transaction rolls back.
 */
@Store
@Singleton
class ReplicaReplacement {

    private static final String BOOKING_SECTION = "\"section\":\"booking\"";
    private static final String FOLIO_LINE_SECTION = "\"section\":\"folioLine\"";

    private final Replica replica;
    private final ReplicaApplier applier;

    ReplicaReplacement(Replica replica, ReplicaApplier applier) {
        this.replica = replica;
        this.applier = applier;
    }

    /**
     * Empties the replicated tables and fills them from the lines, which must be a snapshot of {@code property};
     * {@code progressOf} makes the progress once the header has said how many rows come. Returns the header, with the
     * end line's counts (a cloud asked for them at the end leaves the large sections out of the header's). A break in
     * the lines throws {@link SnapshotLines.Broken} (unchecked, as the cause of an {@link UncheckedIOException}).
     */
    SnapshotLine.Header replace(
            SnapshotLines lines, String property, Function<SnapshotLine.Header, SnapshotProgress> progressOf) {
        try {
            return replaceOrBreak(lines, property, progressOf);
        } catch (SnapshotLines.Broken e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same from a downloaded snapshot file. */
    SnapshotLine.Header replace(
            Path file, String property, Function<SnapshotLine.Header, SnapshotProgress> progressOf) {
        try (SnapshotLines lines = SnapshotLines.of(file)) {
            return replace(lines, property, progressOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SnapshotLine.Header replaceOrBreak(
            SnapshotLines lines, String property, Function<SnapshotLine.Header, SnapshotProgress> progressOf)
            throws SnapshotLines.Broken {
        String first = lines.take();
        if (first == null) {
            throw new SnapshotLines.Broken("the snapshot is empty: not even its header came", null);
        }
        if (!(decodeRow(first) instanceof SnapshotLine.Header header)) {
            throw new MalformedPage("the snapshot does not begin with its header");
        }
        if (!header.property().equals(property)) {
            throw new MalformedPage("the snapshot is of " + header.property() + ", this standby mirrors " + property);
        }
        SnapshotProgress written = progressOf.apply(header);
        for (String table : List.of("FOLIO_LINE", "BOOKING", "ROOM", "CLOUD_MASTER_DATA", "HELD_EVENT")) {
            replica.update("DELETE FROM " + table);
        }
        SnapshotLine.End end = null;
        Set<SnapshotProgress.Kind> loaded = EnumSet.noneOf(SnapshotProgress.Kind.class);
        try (ReplicaBatch batch = replica.batch()) {
            boolean lettersCleared = false;
            String text;
            while (end == null && (text = lines.peek()) != null) {
                if (text.contains(BOOKING_SECTION) || text.contains(FOLIO_LINE_SECTION)) {
                    boolean bookings = text.contains(BOOKING_SECTION);
                    var kind = bookings ? SnapshotProgress.Kind.BOOKINGS : SnapshotProgress.Kind.FOLIO_LINES;
                    if (!loaded.add(kind) || (bookings && loaded.contains(SnapshotProgress.Kind.FOLIO_LINES))) {
                        throw new MalformedPage("the snapshot's " + kind + " are out of their order");
                    }
                    // What was queued before goes first: the bulk load runs on the same connection.
                    batch.flush();
                    if (bookings) {
                        bulkLoad(
                                lines,
                                header,
                                written,
                                kind,
                                "BOOKING",
                                ReplicaRows.BOOKING_COLUMNS,
                                "SNAPSHOT_BOOKINGS");
                    } else {
                        bulkLoad(
                                lines,
                                header,
                                written,
                                kind,
                                "FOLIO_LINE",
                                ReplicaRows.FOLIO_LINE_COLUMNS,
                                "SNAPSHOT_FOLIO_LINES");
                    }
                    continue;
                }
                lines.take();
                SnapshotLine line = decodeRow(text);
                if (!loaded.isEmpty() && !(line instanceof SnapshotLine.End)) {
                    throw new MalformedPage("the snapshot has a line out of its order after its bookings or folio"
                            + " lines (line " + lines.taken() + ")");
                }
                switch (line) {
                    case SnapshotLine.MasterData(var m) -> {
                        applier.masterData(batch, m, header.sequence());
                        written.row(SnapshotProgress.Kind.MASTER_DATA);
                    }
                    case SnapshotLine.Room r -> {
                        KnownValues.housekeeping(r.housekeeping()).ifPresent(reason -> {
                            throw new MalformedPage("the snapshot's room " + r.room() + " cannot be read: " + reason);
                        });
                        batch.queue(
                                "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?)",
                                r.room(),
                                r.roomType(),
                                r.housekeeping(),
                                r.outOfOrder(),
                                r.active(),
                                header.sequence());
                        written.row(SnapshotProgress.Kind.ROOMS);
                    }
                    case SnapshotLine.LetterTemplate(var t) -> {
                        // Only a snapshot with letters replaces them: one from a cloud that has none leaves them.
                        if (!lettersCleared) {
                            ReplicaLetters.clear(batch);
                            lettersCleared = true;
                        }
                        ReplicaLetters.write(batch, t, header.sequence(), header.generatedAt(), "cloud snapshot");
                        written.row(SnapshotProgress.Kind.LETTER_TEMPLATES);
                    }
                    case SnapshotLine.End e -> end = e;
                    case SnapshotLine.Header h -> throw new MalformedPage("the snapshot has a second header");
                    // Written in a form the section check above missed: refused rather than skipped.
                    case SnapshotLine.Booking b ->
                        throw new MalformedPage("the snapshot's booking "
                                + b.booking().confirmation() + " is not in the form of its section");
                    case SnapshotLine.FolioLine l ->
                        throw new MalformedPage("the snapshot's folio line "
                                + l.line().lineId() + " is not in the form of its section");
                }
            }
        }
        if (end == null) {
            throw new SnapshotLines.Broken(
                    "the snapshot ended after " + number(lines.taken()) + " lines without its end line", null);
        }
        if (lines.peek() != null) {
            throw new MalformedPage("the snapshot has lines after its end line");
        }
        if (!SnapshotProgress.agree(header, end)) {
            throw new MalformedPage(
                    "the snapshot's end line counts " + end.counts() + ", its header " + header.counts());
        }
        for (SnapshotProgress.Kind kind : SnapshotProgress.Kind.values()) {
            long counted = SnapshotProgress.counted(end, kind);
            if (written.count(kind) != counted) {
                throw new MalformedPage("the snapshot's " + kind + " do not match its counts: "
                        + number(written.count(kind)) + " read, its counts say " + number(counted));
            }
        }
        // The header as the rest of the bootstrap reads it, with every count (a cloud may give some at the end only).
        return new SnapshotLine.Header(
                header.property(),
                header.name(),
                header.timeZone(),
                header.currency(),
                header.businessDate(),
                header.sequence(),
                header.generatedAt(),
                header.historyFrom(),
                end.counts(),
                header.kept());
    }

    /** One of the large tables filled from the lines of its section in one statement. */
    private void bulkLoad(
            SnapshotLines lines,
            SnapshotLine.Header header,
            SnapshotProgress written,
            SnapshotProgress.Kind kind,
            String table,
            List<String> columns,
            String function) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT * FROM TABLE (" + function
                + "(?, ?)) S";
        try {
            SnapshotTable.whileLoading(
                    lines, n -> written.row(kind), () -> replica.update(sql, "snapshot", header.sequence()));
        } catch (RuntimeException e) {
            var unreadable = SnapshotTable.UnreadableLine.in(e);
            if (unreadable.isPresent()) {
                throw new MalformedPage(unreadable.get().getMessage());
            }
            var broken = SnapshotLines.Broken.in(e);
            if (broken.isPresent()) {
                throw new UncheckedIOException(broken.get());
            }
            throw e;
        }
    }

    /** A line; one that cannot be read refuses the whole snapshot (the transaction rolls back). */
    private static SnapshotLine decodeRow(String text) {
        try {
            return SnapshotCodec.decode(text);
        } catch (JsonException e) {
            throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
        }
    }
}
