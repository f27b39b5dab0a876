package app.innkeep.standby.outage;

import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds a payment the desk took a moment ago that a new one repeats: the same booking, receipt type and amount within
 * {@code innkeep.standby.desk.duplicate-payment-window} (default 10 minutes). The same booking open in two tabs is two
 * forms with two one-time IDs, so the journal's once-per-form rule does not catch it; this does, and the desk asks.
 */
@Singleton
class RecentPayments {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The payment taken before: when (in the property's time, HH:mm) and by whom. */
    record Earlier(String time, String username) {}

    private final OutageJournal journal;
    private final SyncStates states;
    private final Clock clock;
    private final Duration window;

    RecentPayments(
            OutageJournal journal,
            SyncStates states,
            Clock clock,
            @Value("${innkeep.standby.desk.duplicate-payment-window:10m}") Duration window) {
        this.journal = journal;
        this.states = states;
        this.clock = clock;
        this.window = window;
    }

    /** The latest payment of this amount by this receipt type on the booking within the window, if any. */
    Optional<Earlier> like(String bookingRef, String receiptType, BigDecimal amount) {
        Instant since = clock.instant().minus(window);
        return journal.forBooking(bookingRef).stream()
                .filter(e -> "PAYMENT".equals(e.action()))
                .filter(e -> receiptType.equals(e.code()))
                .filter(e -> e.amount() != null && e.amount().compareTo(amount) == 0)
                .filter(e -> !e.enteredAt().isBefore(since))
                .max(Comparator.comparing(JournalEntry::enteredAt))
                .map(e -> new Earlier(HH_MM.format(e.enteredAt().atZone(zone())), e.username()));
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(states.current().map(SyncState::timeZone).orElse("UTC"));
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
