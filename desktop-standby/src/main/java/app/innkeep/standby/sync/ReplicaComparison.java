package app.innkeep.standby.sync;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.store.Replica;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    private final Replica replica;
    private final TransactionOperations<Connection> tx;

    public ReplicaComparison(
            SyncService sync,
            SyncStates states,
            CloudClient cloud,
            Replica replica,
            TransactionOperations<Connection> tx) {
        this.sync = sync;
        this.states = states;
        this.cloud = cloud;
        this.replica = replica;
        this.tx = tx;
    }

    public Result compare() {
        sync.sync("COMPARE");
        SyncState state = tx.executeRead(s -> states.current())
                .orElseThrow(() -> new IllegalArgumentException("this standby is not paired yet (Set backup)"));
        Map<String, BookingState> bookings = new HashMap<>();
        Set<Long> lines = new HashSet<>();
        Map<String, String> rooms = new HashMap<>();
        long[] sequence = {-1};
        cloud.snapshot(state.cloudUrl(), state.property(), state.credential(), ALL_HISTORY_DAYS, text -> {
            switch (SnapshotCodec.decode(text)) {
                case SnapshotLine.Header h -> sequence[0] = h.sequence();
                case SnapshotLine.Booking b -> bookings.put(b.booking().confirmation(), b.booking());
                case SnapshotLine.FolioLine l -> lines.add(l.line().lineId());
                case SnapshotLine.Room r ->
                    rooms.put(r.room(), r.housekeeping() + (r.outOfOrder() ? " out of order" : ""));
                case SnapshotLine.MasterData m -> {}
                case SnapshotLine.End e -> {}
            }
        });
        return tx.executeRead(s -> {
            List<String> differences = new ArrayList<>();
            long cursor = states.current().map(SyncState::cursor).orElse(0L);
            if (cursor != sequence[0]) {
                differences.add("the replica is at sequence " + cursor + ", the cloud's snapshot at " + sequence[0]
                        + " (the cloud changed during the comparison: compare again)");
            }
            Set<String> seen = new HashSet<>();
            for (Object[] row : replica.list(
                    "SELECT CONFIRMATION, STATUS, ROOM_NUMBER, ARRIVAL, DEPARTURE, RATE FROM BOOKING WHERE DEPARTURE >= ?",
                    rs -> new Object[] {
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Replica.date(rs, "ARRIVAL"),
                        Replica.date(rs, "DEPARTURE"),
                        rs.getBigDecimal(6)
                    },
                    state.businessDate().minusDays(ALL_HISTORY_DAYS))) {
                String conf = (String) row[0];
                seen.add(conf);
                BookingState c = bookings.get(conf);
                if (c == null) {
                    differences.add("booking " + conf + " is on the standby, not in the cloud");
                } else if (!c.status().equals(row[1])
                        || !Objects.equals(c.room(), row[2])
                        || !c.arrival().equals(row[3])
                        || !c.departure().equals(row[4])
                        || c.rate().compareTo((BigDecimal) row[5]) != 0) {
                    differences.add("booking " + conf + " differs: standby " + row[1] + " " + row[2] + " " + row[3]
                            + "–" + row[4] + " " + row[5] + ", cloud " + c.status() + " " + c.room() + " "
                            + c.arrival() + "–" + c.departure() + " " + c.rate());
                }
            }
            bookings.keySet().stream()
                    .filter(conf -> !seen.contains(conf))
                    .sorted()
                    .forEach(conf -> differences.add("booking " + conf + " is in the cloud, not on the standby"));
            Set<Long> replicaLines = new HashSet<>(replica.list("SELECT LINE_ID FROM FOLIO_LINE", rs -> rs.getLong(1)));
            lines.stream()
                    .filter(id -> !replicaLines.contains(id))
                    .sorted()
                    .forEach(id -> differences.add("folio line " + id + " is in the cloud, not on the standby"));
            replicaLines.stream()
                    .filter(id -> !lines.contains(id))
                    .sorted()
                    .forEach(id -> differences.add("folio line " + id + " is on the standby, not in the cloud"));
            for (Object[] row : replica.list("SELECT ROOM_NUMBER, HOUSEKEEPING, OUT_OF_ORDER FROM ROOM", rs ->
                    new Object[] {rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? " out of order" : "")})) {
                String there = rooms.get((String) row[0]);
                if (there != null && !there.equals(row[1])) {
                    differences.add("room " + row[0] + " is " + row[1] + " on the standby, " + there + " in the cloud");
                }
            }
            return new Result(
                    differences.isEmpty(),
                    cursor,
                    sequence[0],
                    bookings.size(),
                    lines.size(),
                    rooms.size(),
                    differences.size(),
                    differences.size() > MAX_LISTED ? differences.subList(0, MAX_LISTED) : differences);
        });
    }
}
