package app.innkeep.standby.desk;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The room nights the copy knows, for the desk's rule that no room and night is sold twice on the standby: a room
 * type has as many nights to sell as it has rooms in order, less the bookings (the cloud's in the copy and the desk's
 * own) holding that type each night. In the caller's transaction.
 */
@Store
@Singleton
public class RoomNights {

    /** A stay holding a room of the type, from arrival to the morning of departure. */
    public record Held(LocalDate arrival, LocalDate departure) {
        boolean covers(LocalDate night) {
            return !night.isBefore(arrival) && night.isBefore(departure);
        }
    }

    private final Replica replica;

    public RoomNights(Replica replica) {
        this.replica = replica;
    }

    /**
     * Makes the desk's actions that take room nights wait for each other until commit: two clerks selling the last
     * room at the same moment would otherwise both see it free. The desk's bookings are few and its actions short, so
     * one table lock costs nothing a clerk notices; the feed never writes the desk's table.
     */
    public void takeTurn() {
        replica.update("LOCK TABLE LOCAL_BOOKING IN EXCLUSIVE MODE");
    }

    /** The first night of {@code [arrival, departure)} on which no room of the type is left, if any. */
    public Optional<LocalDate> firstSoldOutNight(
            String roomType, LocalDate arrival, LocalDate departure, String exceptConfirmation) {
        long rooms = replica.count(
                "SELECT COUNT(*) FROM DESK_ROOM WHERE ROOM_TYPE = ? AND ACTIVE = TRUE AND OUT_OF_ORDER = FALSE",
                roomType);
        List<Held> held = replica.list(
                "SELECT ARRIVAL, DEPARTURE FROM DESK_BOOKING WHERE ROOM_TYPE = ? AND STATUS IN ('RESERVED', 'CHECKED_IN')"
                        + " AND ARRIVAL < ? AND DEPARTURE > ? AND CONFIRMATION <> ?",
                rs -> new Held(Replica.date(rs, "ARRIVAL"), Replica.date(rs, "DEPARTURE")),
                roomType,
                departure,
                arrival,
                exceptConfirmation == null ? "" : exceptConfirmation);
        return firstSoldOutNight(rooms, held, arrival, departure);
    }

    /** Counting night by night: a night is sold out when the stays covering it fill every room. */
    public static Optional<LocalDate> firstSoldOutNight(
            long rooms, List<Held> held, LocalDate arrival, LocalDate departure) {
        for (LocalDate night = arrival; night.isBefore(departure); night = night.plusDays(1)) {
            LocalDate n = night;
            if (held.stream().filter(h -> h.covers(n)).count() >= rooms) {
                return Optional.of(night);
            }
        }
        return Optional.empty();
    }
}
