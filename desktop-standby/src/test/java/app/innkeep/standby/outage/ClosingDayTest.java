package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.AUDITOR;
import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries.NightRentLine;
import app.innkeep.standby.desk.FolioEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standby's night audit, by the cloud's rule: one night of RENT at the rate to every guest in house that night,
 * arrivals and departures left and listed, the date rolled; the day named on the form, once.
 */
class ClosingDayTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .code("inventory-item", "RENT", null, false)
            .booking(inHouse("100042")) // arrived yesterday, leaves tomorrow
            .booking(stay("100043", BookingStatus.CHECKED_IN, TODAY, TODAY.plusDays(3), "120.00"))
            .booking(stay("100044", BookingStatus.CHECKED_IN, TODAY.minusDays(2), TODAY, "99.00")) // leaves today
            .booking(arriving("100045")) // not checked in
            .booking(stay("100046", BookingStatus.CHECKED_OUT, TODAY.minusDays(1), TODAY.plusDays(1), "89.00"));

    @Test
    void everyGuestInHouseTonightGetsOneNightOfRentAtTheRateDatedTheNight() {
        var done = desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);

        assertThat(desk.postedHere())
                .extracting(FolioEntry::code, FolioEntry::amount, FolioEntry::businessDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RENT", new BigDecimal("89.00"), TODAY),
                        org.assertj.core.groups.Tuple.tuple("RENT", new BigDecimal("120.00"), TODAY));
        assertThat(desk.held.journal.values())
                .extracting(JournalEntry::action)
                .containsExactly("RENT", "RENT", "DAY_CLOSED");
        assertThat(desk.held.journal.values())
                .allSatisfy(e -> assertThat(e.businessDate()).isEqualTo(TODAY));
        assertThat(done.message())
                .contains("RENT posted to 2 bookings (209.00)")
                .contains("now " + TODAY.plusDays(1));
    }

    @Test
    void theCloseListsArrivalsNotCheckedInAndDeparturesNotCheckedOutAndLeavesThemAsTheyAre() {
        String entryId = DeskAction.newEntryId();
        desk.closingDay.close(AUDITOR, entryId, TODAY);

        DayClosed closed = (DayClosed) OutageJournal.change(desk.held.journal.get(entryId));
        assertThat(closed)
                .isEqualTo(new DayClosed(
                        TODAY, TODAY.plusDays(1), 2, new BigDecimal("209.00"), List.of("100045"), List.of("100044")));
        assertThat(desk.held.bookings.get("100045").status())
                .as("no no-show: the cloud leaves it for the next day too")
                .isEqualTo(BookingStatus.RESERVED);
        assertThat(desk.held.bookings.get("100044").status()).isEqualTo(BookingStatus.CHECKED_IN);
    }

    @Test
    void theDesksBusinessDateRollsToTheNextDayAndTheNewDayIsAnnounced() {
        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);

        assertThat(desk.businessDay.current()).contains(TODAY.plusDays(1));
        assertThat(desk.announced).containsExactly(new ClosingDay.DayRolled(TODAY, TODAY.plusDays(1)));
    }

    @Test
    void aGuestWhoseRentForTheNightIsOnTheFolioAlreadyGetsNoSecondOne() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00", TODAY, null);
        desk.line("100043", 8, LineKind.CHARGE, "RENT", "120.00", TODAY.minusDays(1), null); // another night

        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);

        assertThat(desk.postedHere())
                .singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("120.00"));
    }

    @Test
    void aRentThatWasVoidedDoesNotCountAsPosted() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00", TODAY, null);
        desk.line("100042", 8, LineKind.CHARGE, "RENT", "-89.00", TODAY, 7L);

        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);

        assertThat(desk.postedHere()).extracting(FolioEntry::amount).hasSize(2);
    }

    @Test
    void theRuleOfWhoIsInHouseOnANight() {
        List<DeskBooking> checkedIn = List.of(
                stay("A", BookingStatus.CHECKED_IN, TODAY, TODAY.plusDays(1), "1"),
                stay("B", BookingStatus.CHECKED_IN, TODAY.minusDays(3), TODAY, "1"),
                stay("C", BookingStatus.CHECKED_IN, TODAY.plusDays(1), TODAY.plusDays(2), "1"),
                stay("D", BookingStatus.RESERVED, TODAY, TODAY.plusDays(2), "1"));

        assertThat(ClosingDay.inHouseOn(checkedIn, TODAY))
                .extracting(DeskBooking::confirmation)
                .containsExactly("A");
    }

    @Test
    void theRuleOfARentAlreadyPosted() {
        var lines = List.of(
                new NightRentLine("STANDS", 1, new BigDecimal("89.00"), BigDecimal.ZERO),
                new NightRentLine("PARTLY_VOIDED", 2, new BigDecimal("89.00"), new BigDecimal("40.00")),
                new NightRentLine("VOIDED", 3, new BigDecimal("89.00"), new BigDecimal("89.00")),
                new NightRentLine("COMPLIMENTARY", 4, BigDecimal.ZERO, BigDecimal.ZERO));

        assertThat(ClosingDay.rentStands(lines)).containsExactlyInAnyOrder("STANDS", "PARTLY_VOIDED", "COMPLIMENTARY");
    }

    @Test
    void aStaleFormNamingAClosedDayIsRefusedAndWritesNothing() {
        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);
        int journaled = desk.held.journal.size();

        refused(() -> desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY), "businessDate")
                .hasMessageContaining(TODAY + " is already closed; the business date is " + TODAY.plusDays(1));
        refused(() -> desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY.plusDays(2)), "businessDate")
                .hasMessageContaining("close " + TODAY.plusDays(1) + " first");

        assertThat(desk.held.journal).hasSize(journaled);
        assertThat(desk.businessDay.current()).contains(TODAY.plusDays(1));
    }

    @Test
    void theSameFormSentTwiceClosesTheDayOnce() {
        String entryId = DeskAction.newEntryId();
        desk.closingDay.close(AUDITOR, entryId, TODAY);

        var again = desk.closingDay.close(AUDITOR, entryId, TODAY);

        assertThat(again.repeated()).isTrue();
        assertThat(desk.postedHere()).hasSize(2);
        assertThat(desk.announced).hasSize(1);
    }

    @Test
    void twoDaysInARowPostEachNightOnceWithItsOwnDate() {
        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY);
        desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY.plusDays(1));

        assertThat(desk.held.journal.values())
                .filteredOn(e -> e.action().equals(Rent.ACTION))
                .extracting(JournalEntry::bookingRef, JournalEntry::businessDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("100042", TODAY),
                        org.assertj.core.groups.Tuple.tuple("100043", TODAY),
                        org.assertj.core.groups.Tuple.tuple("100043", TODAY.plusDays(1)));
        assertThat(desk.businessDay.current()).contains(TODAY.plusDays(2));
    }

    @Test
    void theFrontDeskMayNotCloseAndAMissingDateOrNoOutageIsRefused() {
        refused(() -> desk.closingDay.close(DESK, DeskAction.newEntryId(), TODAY), null)
                .hasMessageContaining("night auditor");
        refused(() -> desk.closingDay.close(AUDITOR, DeskAction.newEntryId(), null), "businessDate");
        DeskOnPaper normal =
                new DeskOnPaper().code("inventory-item", "RENT", null, false).booking(inHouse("100042"));
        refused(() -> normal.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY), null)
                .hasMessageContaining("outage mode is not on");

        assertThat(desk.held.journal).isEmpty();
        assertThat(normal.held.journal).isEmpty();
    }

    @Test
    void withoutAnActiveRentItemNothingIsPostedAndTheDayStaysOpen() {
        DeskOnPaper noRent = new DeskOnPaper().inOutage().booking(inHouse("100042"));

        refused(() -> noRent.closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY), null)
                .hasMessageContaining("RENT");

        assertThat(noRent.held.closedDays).isEmpty();
        assertThat(noRent.businessDay.current()).contains(TODAY);
    }

    private static DeskBooking stay(
            String confirmation, BookingStatus status, LocalDate arrival, LocalDate departure, String rate) {
        return arriving(confirmation)
                .with(
                        status,
                        "STD",
                        "1" + confirmation.hashCode() % 100,
                        arrival,
                        departure,
                        new BigDecimal(rate),
                        null);
    }
}
