package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.TakingReservation.Deposit;
import app.innkeep.standby.outage.TakingReservation.Reservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A phone reservation for a later date: a D-number, RESERVED, on nights the desk knows are free, a deposit paid. */
class TakingReservationTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.DIRTY, false)
            .room("102", Housekeeping.CLEAN, true)
            .code("room-type", "STD", "100.00", false)
            .code("source", "PHONE", null, false)
            .code("receipt-type", "VISA", null, true);

    @Test
    void aReservationForNextWeekGetsADNumberAndItsDepositIsJournaledAfterIt() {
        var done = desk.takingReservation.take(DESK, DeskAction.newEntryId(), reservation(TODAY.plusDays(7), "101"));

        DeskBooking booking = desk.held.bookings.get(done.bookingRef());
        assertThat(done.bookingRef()).isEqualTo("D1001");
        assertThat(booking.status()).isEqualTo(BookingStatus.RESERVED);
        assertThat(booking.room()).as("a dirty room is made up by next week").isEqualTo("101");
        assertThat(booking.rate()).isEqualByComparingTo("100.00");
        assertThat(desk.held.journal.values()).extracting(JournalEntry::action).containsExactly("RESERVE", "PAYMENT");
        assertThat(desk.held.lines)
                .singleElement()
                .satisfies(p -> assertThat(p.line().cardLast4()).isEqualTo("4242"));
    }

    @Test
    void aResentFormTakesTheReservationAndItsDepositOnce() {
        String entryId = DeskAction.newEntryId();
        desk.takingReservation.take(DESK, entryId, reservation(TODAY.plusDays(7), null));
        var again = desk.takingReservation.take(DESK, entryId, reservation(TODAY.plusDays(7), null));

        assertThat(again.repeated()).isTrue();
        assertThat(desk.held.bookings).hasSize(1);
        assertThat(desk.held.lines).hasSize(1);
    }

    @Test
    void anOutOfOrderRoomIsNotSoldAndItDoesNotCountForTheType() {
        refused(
                        () -> desk.takingReservation.take(
                                DESK, DeskAction.newEntryId(), reservation(TODAY.plusDays(7), "102")),
                        "room")
                .hasMessageContaining("out of order");
        desk.takingReservation.take(DESK, DeskAction.newEntryId(), reservation(TODAY.plusDays(7), null));

        refused(
                        () -> desk.takingReservation.take(
                                DESK, DeskAction.newEntryId(), reservation(TODAY.plusDays(8), null)),
                        "roomType")
                .hasMessageContaining("night of " + TODAY.plusDays(8));
        assertThat(desk.held.bookings).hasSize(1);
    }

    @Test
    void theStayFollowsTheCloudsRulesFromTodayForAtMost365NightsWithinTwoYears() {
        refused(() -> take(stay(TODAY.minusDays(1), TODAY.plusDays(1))), "arrival");
        refused(() -> take(stay(TODAY.plusDays(3), TODAY.plusDays(3))), "departure");
        refused(() -> take(stay(TODAY, TODAY.plusDays(366))), "departure").hasMessageContaining("at most 365 nights");
        refused(() -> take(stay(TODAY.plusDays(1), LocalDate.of(9999, 12, 31))), "departure");
        refused(
                        () -> take(stay(
                                TODAY.plusYears(2).plusDays(1),
                                TODAY.plusYears(2).plusDays(2))),
                        "arrival")
                .hasMessageContaining("too far ahead");
        assertThat(desk.held.bookings).isEmpty();

        take(stay(TODAY.plusDays(300), TODAY.plusDays(300 + 365)));
        assertThat(desk.held.bookings).hasSize(1);
    }

    @Test
    void everyFaultOfTheFormIsReportedAtOnceEachNamingItsField() {
        Reservation bad = new Reservation(
                " ",
                "Nordmann",
                "olaf-at-home",
                null,
                TODAY.plusDays(1),
                LocalDate.of(9999, 12, 31),
                "STD",
                null,
                1,
                0,
                new BigDecimal("-5"),
                "PHONE",
                null,
                null);

        var refusal = refused(() -> take(bad), "firstName");

        refusal.satisfies(e -> assertThat(((app.innkeep.standby.input.Invalid) e).violations())
                .extracting(app.innkeep.model.Violation::field)
                .containsExactly("firstName", "email", "departure", "rate"));
        assertThat(desk.held.journal).isEmpty();
    }

    private DeskAction.Done take(Reservation r) {
        return desk.takingReservation.take(DESK, DeskAction.newEntryId(), r);
    }

    private static Reservation stay(LocalDate arrival, LocalDate departure) {
        Reservation r = reservation(arrival, null);
        return new Reservation(
                r.firstName(),
                r.lastName(),
                r.email(),
                r.phone(),
                arrival,
                departure,
                r.roomType(),
                null,
                r.adults(),
                r.children(),
                new BigDecimal("90.00"),
                r.source(),
                r.notes(),
                null);
    }

    @Test
    void aDepositWithoutAnyFieldIsNoDeposit() {
        assertThat(Deposit.of(" ", null, "")).isNull();
        assertThat(Deposit.of("VISA", null, null)).isNotNull();
    }

    private static Reservation reservation(LocalDate arrival, String room) {
        return new Reservation(
                "Olaf",
                "Nordmann",
                null,
                "+47 99 88 77 66",
                arrival,
                arrival.plusDays(2),
                "STD",
                room,
                1,
                0,
                null,
                "PHONE",
                null,
                new Deposit("VISA", new BigDecimal("60.00"), "4242"));
    }
}
