package app.innkeep.standby.store;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingEvent;
import app.innkeep.model.event.PropertyEvent.FolioEvent;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The booking statuses, folio line kinds and housekeeping states this version of the standby knows. The event contract
 * lets a newer cloud send others; the desk reads these as enums and could not show one, so the sync holds an event
 * carrying one and a snapshot with one is refused, each with the reason given here.
 */
public final class KnownValues {

    private static final Set<String> STATUSES = names(BookingStatus.values());
    private static final Set<String> LINE_KINDS = names(LineKind.values());
    private static final Set<String> HOUSEKEEPING = names(Housekeeping.values());

    private KnownValues() {}

    /** Why this version cannot apply {@code event} although it knows its type, if that is so. */
    public static Optional<String> in(PropertyEvent event) {
        return switch (event) {
            case BookingEvent b -> bookingStatus(b.booking().status());
            case FolioEvent f -> lineKind(f.line().kind());
            case RoomStatusChanged r -> housekeeping(r.housekeeping());
            default -> Optional.empty();
        };
    }

    public static Optional<String> bookingStatus(String value) {
        return unknown("booking status", value, STATUSES);
    }

    public static Optional<String> lineKind(String value) {
        return unknown("folio line kind", value, LINE_KINDS);
    }

    public static Optional<String> housekeeping(String value) {
        return unknown("housekeeping state", value, HOUSEKEEPING);
    }

    /** For a row written as it comes (a snapshot's): throws the reason when the value is not known here. */
    public static void require(Optional<String> unknown) {
        if (unknown.isPresent()) {
            throw new IllegalArgumentException(unknown.get());
        }
    }

    private static Optional<String> unknown(String what, String value, Set<String> known) {
        return known.contains(value)
                ? Optional.empty()
                : Optional.of(what + " " + value + " is not known to this standby; a newer standby version is needed");
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Set.copyOf(names);
    }
}
