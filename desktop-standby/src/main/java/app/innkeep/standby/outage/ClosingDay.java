package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskQueries.NightRentLine;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DaysClosed.ClosedDay;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The night audit on the standby during an outage, by the cloud's rule (its {@code NightAuditService}): one night of
 * RENT at the booking's rate to every booking in house that night, arrivals not checked in and departures not checked
 * out listed and left, the business date rolled. The form names the day it closes, so a second click, a reload or a
 * stale form never closes two days; all of it is one transaction, so a crash leaves the whole close or nothing.
 */
@Singleton
public class ClosingDay {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingDay.class);

    /** A day was closed: the closed day and the desk's new business date (the new day's pack is printed on it). */
    public record DayRolled(LocalDate closed, LocalDate next) {}

    /** A booking in house on the night and the RENT the close gives it (none when that night's RENT is there). */
    public record NightRent(DeskBooking booking, BigDecimal rate, boolean alreadyPosted) {}

    /** What closing the desk's business date would do, for the night auditor to read before closing. */
    public record Night(
            LocalDate day,
            boolean outageMode,
            List<NightRent> inHouse,
            BigDecimal rentTotal,
            List<DeskBooking> arrivalsNotCheckedIn,
            List<DeskBooking> departuresNotCheckedOut) {

        public long rentToPost() {
            return inHouse.stream().filter(r -> !r.alreadyPosted()).count();
        }
    }

    private final DeskAction action;
    private final DeskQueries desk;
    private final DeskRecords records;
    private final OutageJournal journal;
    private final DaysClosed days;
    private final BusinessDay businessDay;
    private final Outages outages;
    private final TransactionOperations<Connection> tx;
    private final ApplicationEventPublisher<DayRolled> events;
    private final Clock clock;

    ClosingDay(
            DeskAction action,
            DeskQueries desk,
            DeskRecords records,
            OutageJournal journal,
            DaysClosed days,
            BusinessDay businessDay,
            Outages outages,
            TransactionOperations<Connection> tx,
            ApplicationEventPublisher<DayRolled> events,
            Clock clock) {
        this.action = action;
        this.desk = desk;
        this.records = records;
        this.journal = journal;
        this.days = days;
        this.businessDay = businessDay;
        this.outages = outages;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** The day the desk would close now, with the RENT each in-house booking would get; empty before pairing. */
    public Optional<Night> preview() {
        return tx.executeRead(s -> businessDay.current().map(day -> {
            Set<String> posted = rentStands(desk.rentLinesFor(day));
            List<NightRent> rent = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (DeskBooking b : inHouseOn(desk.inHouse(), day)) {
                boolean already = posted.contains(b.confirmation());
                rent.add(new NightRent(b, b.rate(), already));
                total = already ? total : total.add(b.rate());
            }
            return new Night(day, outages.open().isPresent(), rent, total, desk.arrivals(day), desk.departures(day));
        }));
    }

    /**
     * Closes {@code day}, which must be the desk's business date. Once per entry ID; a second close of the same day, by
     * this form or another, writes nothing and says the day is closed.
     */
    public Done close(DeskUser user, String entryId, LocalDate day) {
        if (user.role() == StaffRole.FRONT_DESK) {
            throw new Invalid(null, "only a night auditor or an admin closes the day");
        }
        if (day == null) {
            throw new Invalid("businessDate", "is required: the business date being closed");
        }
        Done done;
        try {
            done = action.inOutage(user, entryId, entry -> closeNow(entry, day));
        } catch (RuntimeException e) {
            // Two closes of the day at the same moment: the day's key let the other one through.
            if (DuplicateKey.in(e)) {
                throw new Invalid(
                        "businessDate", day + " has just been closed by another send; nothing was done twice");
            }
            throw e;
        }
        if (!done.repeated()) {
            events.publishEvent(new DayRolled(day, day.plusDays(1)));
        }
        return done;
    }

    private String closeNow(DeskAction.Entry entry, LocalDate day) {
        LocalDate today = entry.businessDate();
        if (!day.equals(today)) {
            throw new Invalid(
                    "businessDate",
                    day.isBefore(today)
                            ? day + " is already closed; the business date is " + today
                            : "the business date is " + today + ", not " + day + "; close " + today + " first");
        }
        LocalDate next = day.plusDays(1);
        String by = entry.user().username();
        // First, so a second close of this day waits here and then meets the key.
        days.record(entry.outage().id(), new ClosedDay(day, next, entry.id(), by, clock.instant()));
        Code rentItem = desk.code("inventory-item", "RENT")
                .orElseThrow(() -> new Invalid(
                        null, "inventory item RENT is not active on this standby; adopt it from the cloud first"));
        Set<String> posted = rentStands(desk.rentLinesFor(day));
        List<DeskBooking> inHouse = inHouseOn(desk.inHouse(), day);
        LOG.info(
                "Night audit of {} by {}: posting RENT to {} bookings in house ({} have it already)",
                day,
                by,
                inHouse.size(),
                inHouse.stream().filter(b -> posted.contains(b.confirmation())).count());
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (DeskBooking booking : inHouse) {
            if (posted.contains(booking.confirmation())) {
                continue;
            }
            BigDecimal rate = booking.rate();
            records.folioLine(
                    entry.withId(rentEntryId(entry.id(), booking.confirmation())),
                    Rent::new,
                    booking,
                    new NewLine(
                            new Posting(
                                    LineKind.CHARGE,
                                    rentItem.code(),
                                    rentItem.description() + " " + day,
                                    BigDecimal.ONE,
                                    rate,
                                    rate,
                                    day,
                                    null),
                            null));
            count++;
            total = total.add(rate);
        }
        List<String> arrivals =
                desk.arrivals(day).stream().map(DeskBooking::confirmation).toList();
        List<String> departures =
                desk.departures(day).stream().map(DeskBooking::confirmation).toList();
        journal.append(
                entry.id(),
                entry.outage().id(),
                new DayClosed(day, next, count, total, arrivals, departures),
                null,
                null,
                null,
                null,
                by,
                clock.instant(),
                day);
        LOG.info("Night audit closed {}: RENT posted to {} bookings; the business date is now {}", day, count, next);
        return "Closed " + day + ": RENT posted to " + count + (count == 1 ? " booking" : " bookings") + " ("
                + DeskInput.money(total) + "); " + arrivals.size() + " not arrived and " + departures.size()
                + " not checked out were left as they are. The business date is now " + next + ".";
    }

    /**
     * The bookings that pay for the night, as the cloud's night audit finds them: checked in (here or in the cloud's
     * copy), arrived on or before the night and leaving after it. A guest leaving that day pays no night.
     */
    static List<DeskBooking> inHouseOn(List<DeskBooking> checkedIn, LocalDate night) {
        return checkedIn.stream()
                .filter(b -> b.status() == BookingStatus.CHECKED_IN)
                .filter(b -> !b.arrival().isAfter(night) && b.departure().isAfter(night))
                .toList();
    }

    /**
     * The bookings whose night's RENT is already on the folio, so the close skips them: a RENT charge dated the night
     * (by the cloud's audit, an earlier re-entry or the desk by hand) that voids have not wholly taken back. A
     * complimentary night at 0.00 stands too.
     */
    static Set<String> rentStands(List<NightRentLine> lines) {
        Set<String> posted = new HashSet<>();
        for (NightRentLine l : lines) {
            if (l.amount().signum() == 0 || l.amount().compareTo(l.voided()) > 0) {
                posted.add(l.confirmation());
            }
        }
        return posted;
    }

    /** A RENT posting's own entry ID, derived from the close's, one per booking: the journal's key keeps it once. */
    static String rentEntryId(String closeEntryId, String confirmation) {
        return UUID.nameUUIDFromBytes((closeEntryId + "/rent/" + confirmation).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
