package app.innkeep.standby.reentry;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckAnswer.Balance;
import app.innkeep.model.reentry.ClosingCheckAnswer.Entry;
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
