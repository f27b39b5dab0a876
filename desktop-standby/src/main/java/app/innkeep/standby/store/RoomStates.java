package app.innkeep.standby.store;

import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room states a feed page leaves, written as one batch when the page is flushed, not one upsert per event (a fifth
 * of a busy feed is room status): each room as the page's last event for it says, with the last room type any of them
 * named (an event may leave the type out); a room not in the copy yet is inserted, in a second batch.
 */
public final class RoomStates {

    private static final String UPDATE = "UPDATE ROOM SET HOUSEKEEPING = ?, OUT_OF_ORDER = ?, SEQUENCE_NO = ?,"
            + " ROOM_TYPE = COALESCE(CAST(? AS VARCHAR(12)), ROOM_TYPE) WHERE ROOM_NUMBER = ?";
    private static final String INSERT =
            "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, ACTIVE, HOUSEKEEPING, OUT_OF_ORDER, SEQUENCE_NO)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";

    private final Map<String, State> pending = new LinkedHashMap<>();

    public void add(RoomStatusChanged r, long sequence) {
        pending.merge(
                r.room(), new State(r.room(), r.roomType(), r.housekeeping(), r.outOfOrder(), sequence), State::then);
    }

    /** Queues the rooms' states on {@code batch}: updates sent now, inserts for the rooms the updates missed queued. */
    public void flush(ReplicaBatch batch) {
        if (pending.isEmpty()) {
            return;
        }
        List<State> rooms = new ArrayList<>(pending.values());
        for (State r : rooms) {
            batch.queue(UPDATE, r.housekeeping(), r.outOfOrder(), r.sequence(), r.roomType(), r.room());
        }
        int[] counts = batch.execute(UPDATE);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                State r = rooms.get(i);
                batch.queue(
                        INSERT,
                        r.room(),
                        r.roomType() == null ? "?" : r.roomType(),
                        true,
                        r.housekeeping(),
                        r.outOfOrder(),
                        r.sequence());
            }
        }
        pending.clear();
    }

    private record State(String room, String roomType, String housekeeping, boolean outOfOrder, long sequence) {
        State then(State later) {
            return new State(
                    room,
                    later.roomType() == null ? roomType : later.roomType(),
                    later.housekeeping(),
                    later.outOfOrder(),
                    later.sequence());
        }
    }
}
