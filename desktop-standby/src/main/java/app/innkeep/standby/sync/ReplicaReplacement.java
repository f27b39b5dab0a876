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
import app.innkeep.standby.store.SnapshotTable;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The snapshot's store: the replicated tables emptied and written again from a downloaded snapshot file, in the
 * caller's one transaction (ADR 0014). Master data and rooms (a few thousand rows at most) are written in batches;
 * bookings and folio lines, nearly all of a snapshot, with one {@code INSERT ... SELECT} each from the file read as a
 * table function, which Derby runs as a bulk load into the emptied table ({@link SnapshotTable}).
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

    /** Empties the replicated tables and fills them from the file; a count that does not match refuses it all. */
    void replace(Path file, SnapshotLine.Header header, SnapshotProgress written) {
        for (String table : List.of("FOLIO_LINE", "BOOKING", "ROOM", "CLOUD_MASTER_DATA", "HELD_EVENT")) {
            replica.update("DELETE FROM " + table);
        }
        // Streamed from the downloaded file: the snapshot is never held in memory whole.
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                ReplicaBatch batch = replica.batch()) {
            String text;
            boolean lettersCleared = false;
            while ((text = in.readLine()) != null) {
                if (text.contains(BOOKING_SECTION) || text.contains(FOLIO_LINE_SECTION)) {
                    continue;
                }
                switch (decodeRow(text)) {
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
                    // Bookings and folio lines are bulk-loaded below; one written in a form the check above missed
                    // shows as a count that does not match.
                    case SnapshotLine.Booking b -> {}
                    case SnapshotLine.FolioLine l -> {}
                    case SnapshotLine.Header h -> {}
                    case SnapshotLine.End e -> {}
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bulkLoad(
                file,
                header,
                written,
                SnapshotProgress.Kind.BOOKINGS,
                "BOOKING",
                ReplicaRows.BOOKING_COLUMNS,
                "SNAPSHOT_BOOKINGS");
        bulkLoad(
                file,
                header,
                written,
                SnapshotProgress.Kind.FOLIO_LINES,
                "FOLIO_LINE",
                ReplicaRows.FOLIO_LINE_COLUMNS,
                "SNAPSHOT_FOLIO_LINES");
    }

    /** One of the large tables filled from the snapshot file in one statement; its count must match the header's. */
    private void bulkLoad(
            Path file,
            SnapshotLine.Header header,
            SnapshotProgress written,
            SnapshotProgress.Kind kind,
            String table,
            List<String> columns,
            String function) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT * FROM TABLE (" + function
                + "(?, ?)) S";
        int rows;
        try {
            rows = SnapshotTable.whileLoading(
                    n -> written.row(kind), () -> replica.update(sql, file.toString(), header.sequence()));
        } catch (RuntimeException e) {
            var unreadable = SnapshotTable.UnreadableLine.in(e);
            if (unreadable.isPresent()) {
                throw new MalformedPage(unreadable.get().getMessage());
            }
            throw e;
        }
        long expected = written.expected(kind);
        if (rows != expected) {
            throw new MalformedPage("the snapshot's " + kind + " do not match its header: " + number(rows)
                    + " read, the header says " + number(expected));
        }
    }

    /** A downloaded line; one that cannot be read refuses the whole snapshot (the transaction rolls back). */
    private static SnapshotLine decodeRow(String text) {
        try {
            return SnapshotCodec.decode(text);
        } catch (JsonException e) {
            throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
        }
    }
}
