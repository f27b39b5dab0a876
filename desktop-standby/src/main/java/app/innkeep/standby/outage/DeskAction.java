package app.innkeep.standby.outage;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame every desk action runs in: all or nothing in one transaction, and once per entry ID. The entry ID is the
 * form's one-time ID and becomes the journal entry's: a form sent twice finds its entry and does nothing more, so a
 * double click or a retried request never doubles an action (ADR 0009).
 */
@Singleton
public class DeskAction {

    private static final Logger LOG = LoggerFactory.getLogger(DeskAction.class);
    private static final Pattern ENTRY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What an action did, for the page that follows. {@code repeated}: the form had been sent before. */
    public record Done(String bookingRef, String message, boolean repeated) {}

    /**
     * The journal entry an action is making: its ID (the form's), the open outage, who is at the desk and the business
     * date it is recorded under.
     */
    record Entry(String id, Outage outage, DeskUser user, LocalDate businessDate) {

        /** Another entry of the same moment, for a second effect journaled on its own (a check-out's settlement). */
        Entry withId(String otherId) {
            return new Entry(otherId, outage, user, businessDate);
        }
    }

    /** One action's checks and writes for its entry; returns what it did, in words. */
    @FunctionalInterface
    interface Work {
        String run(Entry entry);
    }

    private final OutageJournal journal;
    private final Outages outages;
    private final BusinessDay businessDay;
    private final TransactionOperations<Connection> tx;

    public DeskAction(
            OutageJournal journal, Outages outages, BusinessDay businessDay, TransactionOperations<Connection> tx) {
        this.journal = journal;
        this.outages = outages;
        this.businessDay = businessDay;
        this.tx = tx;
    }

    /** A fresh one-time ID for a form. */
    public static String newEntryId() {
        return UUID.randomUUID().toString();
    }

    /** In outage mode only; once per entry ID; all or nothing. */
    Done inOutage(DeskUser user, String entryId, Work work) {
        return once(entryId, () -> {
            Outage outage = outages.open()
                    .orElseThrow(() -> new Invalid(
                            null, "outage mode is not on: the standby is read-only until someone starts outage mode"));
            String message = work.run(new Entry(entryId, outage, user, businessDate()));
            var entry = journal.entry(entryId).orElseThrow();
            LOG.info("Outage {}: {} by {}: {}", outage.id(), entry.action(), user.username(), message);
            return new Done(entry.bookingRef(), message, false);
        });
    }

    /** Once per entry ID, all or nothing: for starting and ending outage mode, which need no open outage. */
    Done once(String entryId, Supplier<Done> work) {
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw new Invalid(null, "this form has no valid one-time ID; open the page again and resend");
        }
        try {
            return tx.executeWrite(s -> {
                var earlier = journal.entry(entryId);
                if (earlier.isPresent()) {
                    return repeated(earlier.get());
                }
                return work.get();
            });
        } catch (RuntimeException e) {
            // Two sends of one form at the same moment: the journal's unique entry ID lets one through.
            if (DuplicateKey.in(e)) {
                var earlier = tx.executeRead(s -> journal.entry(entryId));
                if (earlier.isPresent()) {
                    return repeated(earlier.get());
                }
            }
            throw e;
        }
    }

    /** The desk's business date: the day after the outage's last closed day, else the one the cloud last sent. */
    LocalDate businessDate() {
        return businessDay.current().orElseThrow();
    }

    private Done repeated(JournalEntry earlier) {
        return new Done(
                earlier.bookingRef(),
                "This form was already sent at " + businessDay.propertyTime().format(earlier.enteredAt()) + " ("
                        + earlier.action() + "); it was not done twice.",
                true);
    }
}
