package app.innkeep.standby.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.model.snapshot.KeptOnStandby;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the standby's booking page and registration card show for a guest's contact details and a booking's notes
 * (issue 18): "not kept on this standby" where the property's choice left them out, blank where the guest has none.
 */
class GuestDetailsShownTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-30");
    static final KeptOnStandby EVERYTHING = new KeptOnStandby(0, 90, true, true);
    static final KeptOnStandby NO_CONTACT_30_DAYS = new KeptOnStandby(2, 30, false, true);
    static final KeptOnStandby NOTHING_PRIVATE = new KeptOnStandby(3, 30, false, false);

    @Test
    void aCloudBookingWhoseContactDetailsAreLeftOutSaysSoRatherThanShowingBlank() {
        DeskBooking copied = booking("100042", BookingOrigin.CLOUD, null, null, "Late arrival");

        var shown = GuestDetailsShown.of(copied, NO_CONTACT_30_DAYS);

        assertThat(shown.email()).isEqualTo("not kept on this standby");
        assertThat(shown.phone()).isEqualTo("not kept on this standby");
        assertThat(shown.notes()).isEqualTo("Late arrival");
    }

    @Test
    void aGuestWithoutContactDetailsShowsBlankWhenTheyAreKept() {
        var shown = GuestDetailsShown.of(booking("100043", BookingOrigin.CLOUD, null, null, null), EVERYTHING);

        assertThat(shown.email()).isNull();
        assertThat(shown.phone()).isNull();
        assertThat(shown.notes()).isNull();
    }

    @Test
    void notesLeftOutSaySoToo() {
        var shown = GuestDetailsShown.of(booking("100044", BookingOrigin.CHANGED, null, null, null), NOTHING_PRIVATE);

        assertThat(shown.notes()).isEqualTo(GuestDetailsShown.NOT_KEPT);
        assertThat(shown.email()).isEqualTo(GuestDetailsShown.NOT_KEPT);
    }

    @Test
    void aWalkInShowsWhatTheDeskTypedWhateverTheChoice() {
        var typed = GuestDetailsShown.of(
                booking("D1001", BookingOrigin.WALK_IN, "zoe@example.com", null, null), NOTHING_PRIVATE);

        assertThat(typed.email()).isEqualTo("zoe@example.com");
        assertThat(typed.phone()).as("the walk-in gave no phone").isNull();
        assertThat(typed.notes()).isNull();
    }

    private static DeskBooking booking(
            String confirmation, BookingOrigin origin, String email, String phone, String notes) {
        return new DeskBooking(
                confirmation,
                origin,
                BookingStatus.RESERVED,
                7L,
                "Maria",
                "Gonçalves",
                email,
                phone,
                new StayTerms("WEB", "STD", null, DAY, DAY.plusDays(2), 2, 0, new BigDecimal("120.00"), null, notes));
    }
}
