package app.innkeep.standby.sync;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.cloud.CloudClient;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compares the replica with the cloud: syncs, then reads a full snapshot (all history) and checks every booking
 * (status, room, dates, rate), every folio line and every room against the replica. Reads only; changes nothing.
 */
@Singleton
public class ReplicaComparison {

    /** Ten years of history, the most the cloud gives: the comparison wants every booking it has. */
    private static final int ALL_HISTORY_DAYS = 3660;

    private static final int MAX_LISTED = 50;

    @Serdeable
    public record Result(
            boolean same,
            long replicaSequence,
            long cloudSequence,
            int bookings,
            int folioLines,
            int rooms,
            int differenceCount,
            List<String> differences) {}

    private final SyncService sync;
    private final SyncStates states;
    private final CloudClient cloud;
    private final ReplicaContents contents;
    private final TransactionOperations<Connection> tx;

    public ReplicaComparison(
            SyncService sync,
            SyncStates states,
            CloudClient cloud,
            ReplicaContents contents,
            TransactionOperations<Connection> tx) {
        this.sync = sync;
        this.states = states;
        this.cloud = cloud;
        this.contents = contents;
        this.tx = tx;
    }

    public Result compare() {
        sync.sync(SyncTrigger.COMPARE);
        SyncState state = tx.executeRead(s -> states.current())
                .orElseThrow(() -> new IllegalArgumentException("this standby is not paired yet (Set backup)"));
        Map<String, BookingState> bookings = new HashMap<>();
        Set<Long> lines = new HashSet<>();
        Map<String, String> rooms = new HashMap<>();
        // The snapshot's sequence, set by its header line.
        AtomicLong sequence = new AtomicLong(-1);
        cloud.snapshot(state.cloudUrl(), state.property(), state.credential(), ALL_HISTORY_DAYS, text -> {
            switch (SnapshotCodec.decode(text)) {
                case SnapshotLine.Header h -> sequence.set(h.sequence());
                case SnapshotLine.Booking b -> bookings.put(b.booking().confirmation(), b.booking());
                case SnapshotLine.FolioLine l -> lines.add(l.line().lineId());
                case SnapshotLine.Room r ->
                    rooms.put(r.room(), r.housekeeping() + (r.outOfOrder() ? " out of order" : ""));
                case SnapshotLine.MasterData m -> {}
                case SnapshotLine.LetterTemplate t -> {}
                case SnapshotLine.End e -> {}
            }
        });
        return tx.executeRead(s -> {
            List<String> differences = new ArrayList<>();
            long cursor = states.current().map(SyncState::cursor).orElse(0L);
            if (cursor != sequence.get()) {
                differences.add("the replica is at sequence " + cursor + ", the cloud's snapshot at " + sequence.get()
                        + " (the cloud changed during the comparison: compare again)");
            }
            Set<String> seen = new HashSet<>();
            for (var row : contents.bookingsDepartingFrom(state.businessDate().minusDays(ALL_HISTORY_DAYS))) {
                String conf = row.confirmation();
                seen.add(conf);
                BookingState c = bookings.get(conf);
                if (c == null) {
                    differences.add("booking " + conf + " is on the standby, not in the cloud");
                } else if (!c.status().equals(row.status())
                        || !Objects.equals(c.room(), row.room())
                        || !c.arrival().equals(row.arrival())
                        || !c.departure().equals(row.departure())
                        || c.rate().compareTo(row.rate()) != 0) {
                    differences.add("booking " + conf + " differs: standby " + row.status() + " " + row.room() + " "
                            + row.arrival() + "–" + row.departure() + " " + row.rate() + ", cloud " + c.status() + " "
                            + c.room() + " " + c.arrival() + "–" + c.departure() + " " + c.rate());
                }
            }
            bookings.keySet().stream()
                    .filter(conf -> !seen.contains(conf))
                    .sorted()
                    .forEach(conf -> differences.add("booking " + conf + " is in the cloud, not on the standby"));
            Set<Long> replicaLines = new HashSet<>(contents.folioLineIds());
            lines.stream()
                    .filter(id -> !replicaLines.contains(id))
                    .sorted()
                    .forEach(id -> differences.add("folio line " + id + " is in the cloud, not on the standby"));
            replicaLines.stream()
                    .filter(id -> !lines.contains(id))
                    .sorted()
                    .forEach(id -> differences.add("folio line " + id + " is on the standby, not in the cloud"));
            for (var row : contents.roomConditions()) {
                String there = rooms.get(row.room());
                if (there != null && !there.equals(row.condition())) {
                    differences.add("room " + row.room() + " is " + row.condition() + " on the standby, " + there
                            + " in the cloud");
                }
            }
            return new Result(
                    differences.isEmpty(),
                    cursor,
                    sequence.get(),
                    bookings.size(),
                    lines.size(),
                    rooms.size(),
                    differences.size(),
                    differences.size() > MAX_LISTED ? differences.subList(0, MAX_LISTED) : differences);
        });
    }
}
