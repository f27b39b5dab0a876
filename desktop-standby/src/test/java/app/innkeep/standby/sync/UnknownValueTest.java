package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.standby.store.KnownValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A value a newer cloud may send (the event contract allows it) is held, never written where the desk would fail. */
class UnknownValueTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void valuesThisStandbyKnowsPass() {
        assertThat(KnownValues.in(new BookingCreated(booking("CHECKED_IN")))).isEmpty();
        assertThat(KnownValues.in(new ChargePosted(line("CHARGE")))).isEmpty();
        assertThat(KnownValues.in(new RoomStatusChanged("101", "STD", "INSPECTED", false)))
                .isEmpty();
    }

    @Test
    void aStatusKindOrStateFromANewerCloudIsHeldWithItsReason() {
        assertThat(KnownValues.in(new BookingCreated(booking("WAITLISTED"))))
                .contains("booking status WAITLISTED is not known to this standby; a newer standby version is needed");
        assertThat(KnownValues.in(new ChargePosted(line("TRANSFER"))))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("folio line kind TRANSFER"));
        assertThat(KnownValues.in(new RoomStatusChanged("101", "STD", "PICKED_UP", false)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("housekeeping state PICKED_UP"));
    }

    /** A booking as a newer cloud may send it, with {@code status} as it comes. */
    static BookingState booking(String status) {
        return new BookingState(
                "100042",
                status,
                new GuestState(7L, "Ola", "Nordmann", null, null),
                new app.innkeep.model.StayTerms(
                        "WALKIN", "STD", "101", DAY, DAY.plusDays(2), 1, 0, new BigDecimal("90.00"), null, null));
    }

    /** A folio line as a newer cloud may send it, with {@code kind} as it comes. */
    static FolioLineState line(String kind) {
        return new FolioLineState(
                11L,
                "100042",
                kind,
                "MINIBAR",
                "Minibar",
                BigDecimal.ONE,
                BigDecimal.TEN,
                BigDecimal.TEN,
                DAY,
                null,
                null);
    }
}
