package app.innkeep.standby.reentry;

import app.innkeep.standby.desk.DeskRoom;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rooms a booking whose room the cloud sold may move to: free for every night of its stay, of its room type, clean
 * and in order. When there is none, {@link #noneBecause()} says why, so the auditor knows what to fix first.
 */
@Serdeable
public record RoomOffer(List<DeskRoom> rooms, String noneBecause) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public static RoomOffer none() {
        return new RoomOffer(List.of(), null);
    }

    /**
     * From the property's active rooms and those free for the stay: the free ready rooms of {@code roomType}, or why
     * there are none ("no clean STD room free for 12 Dec–14 Dec: 2 dirty, 3 occupied").
     */
    public static RoomOffer of(
            String roomType, LocalDate arrival, LocalDate departure, List<DeskRoom> active, List<DeskRoom> free) {
        List<DeskRoom> ofType =
                active.stream().filter(r -> r.roomType().equals(roomType)).toList();
        Set<String> freeOfType = free.stream()
                .filter(r -> r.roomType().equals(roomType))
                .map(DeskRoom::number)
                .collect(Collectors.toSet());
        List<DeskRoom> ready = free.stream()
                .filter(r -> r.roomType().equals(roomType) && r.ready())
                .toList();
        if (!ready.isEmpty()) {
            return new RoomOffer(ready, null);
        }
        long outOfOrder = ofType.stream().filter(DeskRoom::outOfOrder).count();
        long dirty = ofType.stream()
                .filter(r -> freeOfType.contains(r.number()) && !r.ready())
                .count();
        long occupied = ofType.size() - outOfOrder - freeOfType.size();
        List<String> why = new ArrayList<>();
        if (dirty > 0) {
            why.add(dirty + " dirty");
        }
        if (occupied > 0) {
            why.add(occupied + " occupied");
        }
        if (outOfOrder > 0) {
            why.add(outOfOrder + " out of order");
        }
        String stay = DAY.format(arrival) + "–" + DAY.format(departure);
        return new RoomOffer(
                List.of(),
                "no clean " + roomType + " room free for " + stay + ": "
                        + (why.isEmpty() ? "the property has no " + roomType + " room" : String.join(", ", why)));
    }
}
