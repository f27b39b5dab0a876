package app.innkeep.standby.reentry;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckAnswer.Balance;
import app.innkeep.model.reentry.ClosingCheckAnswer.Entry;
import app.innkeep.model.reentry.NightRent;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.standby.outage.JournalEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The closing check's comparison: the walk-in D1042 became cloud booking 100031, the assistant posted its payment of
 * 12.00, and the night auditor re-entered a minibar charge of 8.00 by hand.
 */
class ClosingFindingsTest {

    final WorkItem walkIn = item(2, "WALK_IN", null, WorkStatus.POSTED, null);
    final WorkItem payment = item(3, "PAYMENT", new BigDecimal("12.00"), WorkStatus.POSTED, 501L);
    final WorkItem minibar = item(4, "CHARGE", new BigDecimal("8.00"), WorkStatus.MANUAL, 502L);
    final List<WorkItem> items = List.of(walkIn, payment, minibar);
    final Map<String, String> bookings = ClosingFindings.touchedBookings(items);

    @Test
    void theCloudIsAskedForThePostedEntriesAndTheBookingsTheyBecame() {
        assertThat(ClosingFindings.postedEntries(items)).containsExactly("e-2", "e-3");
        assertThat(bookings).containsExactly(Map.entry("D1042", "100031"));
        assertThat(ClosingFindings.reenteredLines(items)).containsExactlyInAnyOrder(501L, 502L);
    }

    @Test
    void everyPostedEntryThereWithItsAmountAndTheBalancesEqualIsGreen() {
        var answer = new ClosingCheckAnswer(
                List.of(found("e-2", null), found("e-3", "12.00")), List.of(balance("100031", "-4.00")));

        var findings = ClosingFindings.of(items, bookings, answer, Map.of("D1042", new BigDecimal("-4.0")));

        assertThat(findings.differences()).isEmpty();
        assertThat(findings.entriesFound()).isEqualTo(2);
        assertThat(findings.balancesEqual()).isEqualTo(1);
    }

    @Test
    void aPostedEntryTheCloudHasNotGotOrHasWithAnotherAmountIsNamed() {
        var answer = new ClosingCheckAnswer(
                List.of(Entry.missing("e-2"), found("e-3", "21.00")), List.of(balance("100031", "-4.00")));

        var findings = ClosingFindings.of(items, bookings, answer, Map.of("D1042", new BigDecimal("-4.00")));

        assertThat(findings.differences())
                .containsExactly(
                        "Entry 2 (WALK_IN D1042) is not in the cloud.",
                        "Entry 3 has 21.00 in the cloud, 12.00 on the standby.");
        assertThat(findings.entriesFound()).isZero();
    }

    @Test
    void aFolioWhoseCloudBalanceIsNotTheDesksIsNamedWithBothNumbers() {
        var answer = new ClosingCheckAnswer(
                List.of(found("e-2", null), found("e-3", "12.00")), List.of(balance("100031", "4.00")));

        var findings = ClosingFindings.of(items, bookings, answer, Map.of("D1042", new BigDecimal("-4.00")));

        assertThat(findings.differences())
                .containsExactly("Folio D1042 (cloud 100031): the cloud's balance is 4.00, the standby's -4.00.");
        assertThat(findings.balancesEqual()).isZero();
    }

    // --- a three-day outage: Monday and Tuesday closed on the standby, D1042 and 100044 in house; the auditor
    // re-entered the nights by hand, so only the nights are compared here ---

    static final LocalDate MON = LocalDate.parse("2026-11-23");
    static final LocalDate TUE = MON.plusDays(1);

    final List<WorkItem> twoNights = List.of(
            night(10, "RENT", "D1042", MON, "120.00", WorkStatus.MANUAL),
            night(11, "RENT", "100044", MON, "95.00", WorkStatus.MANUAL),
            night(12, "DAY_CLOSED", null, MON, null, WorkStatus.MANUAL),
            night(13, "RENT", "D1042", TUE, "120.00", WorkStatus.MANUAL),
            night(14, "DAY_CLOSED", null, TUE, null, WorkStatus.MANUAL));

    @Test
    void theStandbyCountsItsRentPerNightFromTheJournalAndADayClosedWithoutGuestsCountsZero() {
        var quiet = night(15, "DAY_CLOSED", null, TUE.plusDays(1), null, WorkStatus.MANUAL);
        List<WorkItem> items = new java.util.ArrayList<>(twoNights);
        items.add(quiet);

        assertThat(ClosingFindings.nights(items))
                .containsExactly(
                        new NightRent(MON, 2, new BigDecimal("215.00")),
                        new NightRent(TUE, 1, new BigDecimal("120.00")),
                        NightRent.none(TUE.plusDays(1)));
    }

    @Test
    void givenEachNightsRentEqualInTheCloud_whenCompared_thenEveryNightAgrees() {
        var answer = new ClosingCheckAnswer(
                List.of(),
                List.of(),
                List.of(new NightRent(MON, 2, new BigDecimal("215")), new NightRent(TUE, 1, new BigDecimal("120.0"))));

        var findings = ClosingFindings.of(twoNights, Map.of(), answer, Map.of());

        assertThat(findings.differences()).isEmpty();
        assertThat(findings.nightsEqual()).isEqualTo(2);
    }

    @Test
    void givenTheCloudMissingARentOnTuesday_whenCompared_thenThatNightIsNamedWithBothCountsAndTotals() {
        var answer = new ClosingCheckAnswer(
                List.of(), List.of(), List.of(new NightRent(MON, 2, new BigDecimal("215.00")), NightRent.none(TUE)));

        var findings = ClosingFindings.of(twoNights, Map.of(), answer, Map.of());

        assertThat(findings.differences())
                .containsExactly("Night 2026-11-24: the cloud has 0 RENT for 0.00, the standby 1 RENT for 120.00.");
        assertThat(findings.nightsEqual()).isEqualTo(1);
    }

    @Test
    void givenACloudThatAnsweredNoNights_whenCompared_thenEveryClosedNightIsNamed() {
        var answer = new ClosingCheckAnswer(List.of(), List.of());

        var findings = ClosingFindings.of(twoNights, Map.of(), answer, Map.of());

        assertThat(findings.differences())
                .containsExactly(
                        "Night 2026-11-23: the cloud has no answer, the standby 2 RENT for 215.00.",
                        "Night 2026-11-24: the cloud has no answer, the standby 1 RENT for 120.00.");
        assertThat(findings.nightsEqual()).isZero();
    }

    @Test
    void givenTheAuditorSkippedARentTheCloudRefused_whenCompared_thenTheNightCountsWithoutIt() {
        List<WorkItem> items = List.of(
                night(10, "RENT", "D1042", MON, "120.00", WorkStatus.MANUAL),
                night(11, "RENT", "100044", MON, "95.00", WorkStatus.SKIPPED),
                night(12, "DAY_CLOSED", null, MON, null, WorkStatus.MANUAL));
        var answer =
                new ClosingCheckAnswer(List.of(), List.of(), List.of(new NightRent(MON, 1, new BigDecimal("120.00"))));

        assertThat(ClosingFindings.of(items, Map.of(), answer, Map.of()).differences())
                .isEmpty();
    }

    private static WorkItem night(
            long position, String action, String bookingRef, LocalDate day, String amount, WorkStatus status) {
        var entry = new JournalEntry(
                position,
                "e-" + position,
                1,
                action,
                bookingRef,
                null,
                action.equals("RENT") ? "RENT" : null,
                amount == null ? null : new BigDecimal(amount),
                null,
                null,
                "nico",
                Instant.parse(day + "T23:50:00Z"),
                day);
        return new WorkItem(entry, status, null, null, null, null, Instant.parse("2026-11-26T09:00:00Z"), "nico");
    }

    private static WorkItem item(long position, String action, BigDecimal amount, WorkStatus status, Long cloudLine) {
        var entry = new JournalEntry(
                position,
                "e-" + position,
                1,
                action,
                "D1042",
                "101",
                null,
                amount,
                null,
                null,
                "dana",
                Instant.parse("2026-11-23T18:40:00Z"),
                LocalDate.parse("2026-11-23"));
        return new WorkItem(entry, status, "100031", cloudLine, amount, null, Instant.now(), "nico");
    }

    private static Entry found(String entryId, String amount) {
        return new Entry(
                entryId,
                true,
                ReentryAction.PAYMENT,
                "D1042",
                "100031",
                null,
                amount == null ? null : new BigDecimal(amount));
    }

    private static Balance balance(String cloudConfirmation, String amount) {
        return new Balance("D1042", cloudConfirmation, new BigDecimal(amount));
    }
}
