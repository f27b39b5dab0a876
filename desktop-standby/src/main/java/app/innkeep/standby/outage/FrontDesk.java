package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.desk.GuestDetailsShown;
import app.innkeep.standby.desk.TakenAtDesk;
import app.innkeep.standby.outage.Collisions.Collision;
import app.innkeep.standby.store.KeptOnThisStandby;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the front-desk pages read, each in one read transaction so a page never mixes two moments. */
@Singleton
public class FrontDesk {

    /** Minutes after which the copy is called old on every page. */
    public static final long STALE_MINUTES = 75;

    /** The facts every page and printout shows: whose data, as of when, and whether outage mode is on. */
    public record Situation(
            boolean paired,
            String property,
            String propertyName,
            String currency,
            String timeZone,
            LocalDate businessDate,
            Instant dataAsOf,
            Instant now,
            Outage outage,
            boolean proposeOutage,
            Instant cloudSilentSince) {

        public long minutesOld() {
            return dataAsOf == null
                    ? -1
                    : Math.max(0, Duration.between(dataAsOf, now).toMinutes());
        }

        public boolean stale() {
            return dataAsOf == null || minutesOld() > STALE_MINUTES;
        }

        public boolean outageMode() {
            return outage != null;
        }
    }

    public record Today(List<DeskBooking> arrivals, List<DeskBooking> inHouse, List<DeskBooking> departures) {}

    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record BookingFile(
            DeskBooking booking,
            List<FolioEntry> folio,
            BigDecimal balance,
            List<JournalEntry> journal,
            List<Collision> collisions,
            List<DeskRoom> freeRooms,
            TakenAtDesk takenAtDesk) {}

    public record Choices(
            List<DeskQueries.Code> items, List<DeskQueries.Code> receiptTypes, List<DeskQueries.Code> sources) {}

    private final DeskQueries desk;
    private final SyncStates states;
    private final Outages outages;
    private final OutageJournal journal;
    private final Collisions collisions;
    private final CloudWatch cloudWatch;
    private final TransactionOperations<Connection> tx;
    private final KeptOnThisStandby kept;
    private final BusinessDay businessDay;
    private final Clock clock;

    public FrontDesk(
            DeskQueries desk,
            SyncStates states,
            BusinessDay businessDay,
            Outages outages,
            OutageJournal journal,
            Collisions collisions,
            CloudWatch cloudWatch,
            KeptOnThisStandby kept,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.desk = desk;
        this.kept = kept;
        this.states = states;
        this.outages = outages;
        this.journal = journal;
        this.collisions = collisions;
        this.cloudWatch = cloudWatch;
        this.tx = tx;
        this.businessDay = businessDay;
        this.clock = clock;
    }

    /** The booking's contact details and notes as pages and printouts show them, under the property's choice. */
    public GuestDetailsShown detailsShown(DeskBooking booking) {
        return tx.executeRead(s -> GuestDetailsShown.of(booking, kept.current()));
    }

    public Situation situation() {
        return tx.executeRead(s -> situationNow());
    }

    private Situation situationNow() {
        Optional<SyncState> state = states.current();
        Instant now = clock.instant();
        Outage outage = outages.open().orElse(null);
        return new Situation(
                state.isPresent(),
                state.map(SyncState::property).orElse(null),
                state.map(SyncState::propertyName).orElse(null),
                state.map(SyncState::currency).orElse(""),
                state.map(SyncState::timeZone).orElse("UTC"),
                businessDay.current().orElse(null),
                state.map(SyncState::dataAsOf).orElse(null),
                now,
                outage,
                outage == null && state.isPresent() && cloudWatch.proposeOutage(now),
                cloudWatch.unreachableSince());
    }

    public Today today() {
        return tx.executeRead(s -> {
            LocalDate date = businessDate();
            return new Today(desk.arrivals(date), desk.inHouse(), desk.departures(date));
        });
    }

    public List<DeskBooking> search(String query) {
        return tx.executeRead(s -> desk.search(query));
    }

    public Optional<BookingFile> booking(String confirmation) {
        return tx.executeRead(s -> desk.booking(confirmation).map(b -> {
            LocalDate date = businessDate();
            LocalDate from =
                    b.status() == BookingStatus.CHECKED_IN || b.arrival().isBefore(date) ? date : b.arrival();
            return new BookingFile(
                    b,
                    desk.folio(b.confirmation()),
                    desk.balance(b.confirmation()),
                    journal.forBooking(b.confirmation()),
                    collisions.forBooking(b.confirmation()),
                    from.isBefore(b.departure()) ? desk.freeRooms(from, b.departure(), b.confirmation()) : List.of(),
                    desk.takenAtDesk(b.confirmation()).orElse(null));
        }));
    }

    /**
     * The cloud booking a D-number became, once the desk's own booking of that number has retired at sign-off (before,
     * the D-number still shows the desk's booking); empty for any other number.
     */
    public Optional<String> becameInCloud(String dNumber) {
        return tx.executeRead(
                s -> desk.booking(dNumber).isPresent() ? Optional.<String>empty() : desk.cloudBookingOf(dNumber));
    }

    /** Rooms a walk-in can have tonight: free, in order, and clean or inspected (a room just left is dirty). */
    public List<DeskRoom> freeTonight() {
        return tx.executeRead(s -> {
            LocalDate date = businessDate();
            return desk.freeRooms(date, date.plusDays(1), null).stream()
                    .filter(DeskRoom::ready)
                    .toList();
        });
    }

    public Choices choices() {
        return tx.executeRead(
                s -> new Choices(desk.codes("inventory-item"), desk.codes("receipt-type"), desk.codes("source")));
    }

    /** What the reservation form offers: the active room types, and the rooms in order (a room is optional). */
    public record ReservationChoices(List<DeskQueries.Code> roomTypes, List<DeskRoom> rooms) {}

    public ReservationChoices reservationChoices() {
        return tx.executeRead(s -> new ReservationChoices(
                desk.codes("room-type"),
                desk.rack(businessDate()).stream()
                        .filter(r -> !r.outOfOrder())
                        .map(r -> new DeskRoom(r.number(), r.roomType(), r.housekeeping(), false, null, null))
                        .distinct()
                        .toList()));
    }

    public List<DeskRoom> rack() {
        return tx.executeRead(s -> desk.rack(businessDate()));
    }

    public List<DeskQueries.Balance> balances() {
        return tx.executeRead(s -> desk.balances());
    }

    /** The open outage (or the last one) with its journal, newest entry last. */
    public Optional<OutageView> outage() {
        return tx.executeRead(s -> outages.open()
                .or(() -> outages.recent().stream().findFirst())
                .map(o -> new OutageView(o, journal.entries(o.id()))));
    }

    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record OutageView(Outage outage, List<JournalEntry> entries) {}

    /** A journal entry by its ID, to confirm on the next page what an action did. */
    public Optional<JournalEntry> journalEntry(String entryId) {
        if (entryId == null || !entryId.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return tx.executeRead(s -> journal.entry(entryId));
    }

    /** The open collisions: a resolved or signed-off one no longer concerns the desk. */
    public List<Collision> collisions() {
        return tx.executeRead(s -> collisions.open());
    }

    private LocalDate businessDate() {
        return businessDay.current().orElse(LocalDate.now(clock));
    }
}
