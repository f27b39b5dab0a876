package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalCodec;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskQueries.NightRentLine;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.desk.LineOrigin;
import app.innkeep.standby.desk.RoomNights;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front desk's use cases over an in-memory desk instead of the replica: the stores they call are replaced by
 * maps, and a transaction that throws leaves the maps as they were, as the database would. For fast tests of the
 * desk's rules; the real stores are proven by the ITs.
 */
final class DeskOnPaper {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-23T10:40:00Z");

    /** A folio line and the booking whose folio it is on. */
    record Posted(String confirmation, FolioEntry line) {}

    /** Everything the desk holds; copied before each transaction and put back when it fails. */
    static final class Holdings {
        Map<String, DeskBooking> bookings = new LinkedHashMap<>();
        Map<String, DeskRoom> rooms = new LinkedHashMap<>();
        Map<String, List<Code>> codes = new LinkedHashMap<>();
        List<Posted> lines = new ArrayList<>();
        Map<String, JournalEntry> journal = new LinkedHashMap<>();
        Outage outage;
        List<DaysClosed.ClosedDay> closedDays = new ArrayList<>();
        long walkIns = 1000;

        Holdings copy() {
            Holdings c = new Holdings();
            c.bookings = new LinkedHashMap<>(bookings);
            c.rooms = new LinkedHashMap<>(rooms);
            c.codes = new LinkedHashMap<>(codes);
            c.lines = new ArrayList<>(lines);
            c.journal = new LinkedHashMap<>(journal);
            c.outage = outage;
            c.closedDays = new ArrayList<>(closedDays);
            c.walkIns = walkIns;
            return c;
        }
    }

    Holdings held = new Holdings();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final DeskAction action;
    final DeskChecks checks;
    final DeskRecords records;
    final StartingOutage startingOutage;
    final EndingOutage endingOutage;
    final CheckingIn checkingIn;
    final CheckingOut checkingOut;
    final TakingWalkIn takingWalkIn;
    final TakingReservation takingReservation;
    final ChangingBooking changingBooking;
    final CancellingBooking cancellingBooking;
    final PostingCharge postingCharge;
    final VoidingCharge voidingCharge;
    final TakingPayment takingPayment;
    final Refunding refunding;
    final SettingRoomStatus settingRoomStatus;
    final ClosingDay closingDay;
    final BusinessDay businessDay;
    final List<ClosingDay.DayRolled> announced = new ArrayList<>();

    DeskOnPaper() {
        OutageJournal journal = new Journal();
        Outages outages = new OutagesOnPaper();
        SyncStates states = new PairedState();
        DeskQueries desk = new Desk();
        LocalRecords local = new Local();
        DaysClosed days = new DaysClosedOnPaper();
        AllOrNothing tx = new AllOrNothing();
        businessDay = new BusinessDay(states, outages, days);
        action = new DeskAction(journal, outages, businessDay, tx);
        checks = new DeskChecks(desk, new Nights());
        records = new DeskRecords(local, journal, clock);
        startingOutage = new StartingOutage(action, outages, states, journal, clock);
        endingOutage = new EndingOutage(action, outages, journal, clock);
        checkingIn = new CheckingIn(action, checks, records);
        checkingOut = new CheckingOut(action, checks, records, desk);
        takingWalkIn = new TakingWalkIn(action, checks, records, local);
        takingReservation = new TakingReservation(action, checks, records, local);
        changingBooking = new ChangingBooking(action, checks, records);
        cancellingBooking = new CancellingBooking(action, checks, records);
        postingCharge = new PostingCharge(action, checks, records);
        voidingCharge = new VoidingCharge(action, checks, records, desk);
        takingPayment = new TakingPayment(
                action, checks, records, new RecentPayments(journal, states, clock, Duration.ofMinutes(10)));
        refunding = new Refunding(action, checks, records, desk);
        settingRoomStatus = new SettingRoomStatus(action, checks, records);
        closingDay =
                new ClosingDay(action, desk, records, journal, days, businessDay, outages, tx, announced::add, clock);
    }

    // ---- setting the desk up, in the hotel's words ----

    DeskOnPaper inOutage() {
        held.outage = new Outage(1, NOW, "dana", "internet down", NOW, null, null, null);
        return this;
    }

    DeskOnPaper room(String number, Housekeeping housekeeping, boolean outOfOrder) {
        held.rooms.put(number, new DeskRoom(number, "STD", housekeeping, outOfOrder, null, null));
        return this;
    }

    DeskOnPaper code(String kind, String code, String price, boolean card) {
        held.codes
                .computeIfAbsent(kind, k -> new ArrayList<>())
                .add(new Code(
                        code,
                        code.charAt(0) + code.substring(1).toLowerCase(),
                        price == null ? null : new BigDecimal(price),
                        card));
        return this;
    }

    DeskOnPaper booking(DeskBooking booking) {
        held.bookings.put(booking.confirmation(), booking);
        return this;
    }

    DeskOnPaper line(String confirmation, long lineId, LineKind kind, String code, String amount) {
        return line(confirmation, lineId, kind, code, amount, TODAY, null);
    }

    /** A cloud line of a given business date; {@code reverses} names the line a void takes back. */
    DeskOnPaper line(
            String confirmation,
            long lineId,
            LineKind kind,
            String code,
            String amount,
            LocalDate businessDate,
            Long reverses) {
        BigDecimal a = new BigDecimal(amount);
        held.lines.add(new Posted(
                confirmation,
                new FolioEntry(
                        lineId,
                        new Posting(kind, code, code, BigDecimal.ONE, a, a, businessDate, null),
                        reverses,
                        LineOrigin.CLOUD)));
        return this;
    }

    /** A reserved cloud booking of Maria Gonçalves in room 101, arriving today for two nights at 89.00. */
    static DeskBooking arriving(String confirmation) {
        return new DeskBooking(
                confirmation,
                BookingOrigin.CLOUD,
                BookingStatus.RESERVED,
                8L,
                "Maria",
                "Gonçalves",
                null,
                null,
                new StayTerms(
                        "WEB", "STD", "101", TODAY, TODAY.plusDays(2), 2, 0, new BigDecimal("89.00"), null, null));
    }

    static DeskBooking inHouse(String confirmation) {
        return arriving(confirmation)
                .with(
                        BookingStatus.CHECKED_IN,
                        "STD",
                        "101",
                        TODAY.minusDays(1),
                        TODAY.plusDays(1),
                        new BigDecimal("89.00"),
                        null);
    }

    BigDecimal balance(String confirmation) {
        return held.lines.stream()
                .filter(p -> p.confirmation().equals(confirmation))
                .map(p -> p.line().signedAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines posted here, in order. */
    List<FolioEntry> postedHere() {
        return held.lines.stream()
                .map(Posted::line)
                .filter(FolioEntry::postedHere)
                .toList();
    }

    // ---- the stores, on paper ----

    private final class Journal extends OutageJournal {
        Journal() {
            super(null);
        }

        @Override
        public void append(
                String entryId,
                long outageId,
                JournalChange change,
                String bookingRef,
                String room,
                String code,
                BigDecimal amount,
                String username,
                Instant enteredAt,
                LocalDate businessDate) {
            if (held.journal.containsKey(entryId)) {
                throw new IllegalStateException("the journal's unique key refuses a second " + entryId);
            }
            JournalCodec.Text text = JournalCodec.encode(change);
            held.journal.put(
                    entryId,
                    new JournalEntry(
                            held.journal.size() + 1,
                            entryId,
                            outageId,
                            text.action(),
                            bookingRef,
                            room,
                            code,
                            amount,
                            text.before(),
                            text.after(),
                            username,
                            enteredAt,
                            businessDate));
        }

        @Override
        public Optional<JournalEntry> entry(String entryId) {
            return Optional.ofNullable(held.journal.get(entryId));
        }

        @Override
        public List<JournalEntry> forBooking(String bookingRef) {
            return held.journal.values().stream()
                    .filter(e -> bookingRef.equals(e.bookingRef()))
                    .toList();
        }
    }

    private final class OutagesOnPaper extends Outages {
        OutagesOnPaper() {
            super(null);
        }

        @Override
        public Optional<Outage> open() {
            return Optional.ofNullable(held.outage).filter(Outage::open);
        }

        @Override
        public long start(Instant now, String username, String reason, Instant dataAsOf) {
            held.outage = new Outage(1, now, username, reason, dataAsOf, null, null, null);
            return 1;
        }

        @Override
        public void end(long id, Instant now, String username, String note) {
            Outage o = held.outage;
            held.outage =
                    new Outage(o.id(), o.startedAt(), o.startedBy(), o.reason(), o.dataAsOf(), now, username, note);
        }
    }

    private static final class PairedState extends SyncStates {
        PairedState() {
            super(null, null);
        }

        @Override
        public Optional<SyncState> current() {
            return Optional.of(new SyncState(
                    "SEA",
                    "Seaside Inn",
                    "Europe/Oslo",
                    "NOK",
                    TODAY,
                    "http://127.0.0.1:1",
                    7,
                    "cred",
                    NOW,
                    10,
                    10,
                    NOW,
                    NOW,
                    NOW,
                    10,
                    null,
                    NOW,
                    null));
        }
    }

    private final class Desk extends DeskQueries {
        Desk() {
            super(null);
        }

        @Override
        public Optional<DeskBooking> booking(String confirmation) {
            return Optional.ofNullable(confirmation == null ? null : held.bookings.get(confirmation));
        }

        @Override
        public Optional<DeskRoom> room(String number) {
            return Optional.ofNullable(held.rooms.get(number));
        }

        @Override
        public Optional<String> roomHeldBy(String room, LocalDate arrival, LocalDate departure, String except) {
            return held.bookings.values().stream()
                    .filter(b -> room.equals(b.room()) && !b.confirmation().equals(except))
                    .filter(b -> b.status().holdsInventory())
                    .filter(b ->
                            b.arrival().isBefore(departure) && b.departure().isAfter(arrival))
                    .map(DeskBooking::confirmation)
                    .findFirst();
        }

        @Override
        public List<Code> codes(String kind) {
            return held.codes.getOrDefault(kind, List.of());
        }

        @Override
        public BigDecimal balance(String confirmation) {
            return DeskOnPaper.this.balance(confirmation);
        }

        @Override
        public Optional<FolioEntry> folioLine(String confirmation, long lineId) {
            return held.lines.stream()
                    .filter(p ->
                            p.confirmation().equals(confirmation) && p.line().lineId() == lineId)
                    .map(Posted::line)
                    .findFirst();
        }

        @Override
        public List<DeskBooking> inHouse() {
            return held.bookings.values().stream()
                    .filter(b -> b.status() == BookingStatus.CHECKED_IN)
                    .toList();
        }

        @Override
        public List<DeskBooking> arrivals(LocalDate date) {
            return held.bookings.values().stream()
                    .filter(b -> b.status() == BookingStatus.RESERVED)
                    .filter(b -> !b.arrival().isAfter(date) && b.departure().isAfter(date))
                    .toList();
        }

        @Override
        public List<DeskBooking> departures(LocalDate date) {
            return held.bookings.values().stream()
                    .filter(b -> b.status() == BookingStatus.CHECKED_IN
                            && !b.departure().isAfter(date))
                    .toList();
        }

        @Override
        public List<NightRentLine> rentLinesFor(LocalDate night) {
            return held.lines.stream()
                    .filter(p -> p.line().kind() == LineKind.CHARGE
                            && p.line().code().equals("RENT")
                            && p.line().businessDate().equals(night)
                            && p.line().reversesLineId() == null)
                    .map(p -> new NightRentLine(
                            p.confirmation(),
                            p.line().lineId(),
                            p.line().amount(),
                            reversed(p.line().lineId())))
                    .toList();
        }

        @Override
        public BigDecimal reversed(long lineId) {
            return held.lines.stream()
                    .map(Posted::line)
                    .filter(l -> Long.valueOf(lineId).equals(l.reversesLineId()))
                    .map(l -> l.amount().negate())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final class DaysClosedOnPaper extends DaysClosed {
        DaysClosedOnPaper() {
            super(null);
        }

        @Override
        public Optional<ClosedDay> last(long outageId) {
            return held.closedDays.stream().reduce((a, b) -> b);
        }

        @Override
        public long count(long outageId) {
            return held.closedDays.size();
        }

        @Override
        void record(long outageId, ClosedDay day) {
            if (held.closedDays.stream().anyMatch(d -> d.closed().equals(day.closed()))) {
                throw new IllegalStateException("the key of the closed days refuses a second " + day.closed());
            }
            held.closedDays.add(day);
        }
    }

    /** The room nights on paper: rooms in order of the type, less the bookings holding it. */
    private final class Nights extends RoomNights {
        Nights() {
            super(null);
        }

        @Override
        public void takeTurn() {
            // one clerk on paper
        }

        @Override
        public Optional<LocalDate> firstSoldOutNight(
                String roomType, LocalDate arrival, LocalDate departure, String except) {
            long rooms = held.rooms.values().stream()
                    .filter(r -> r.roomType().equals(roomType) && !r.outOfOrder())
                    .count();
            List<Held> holding = held.bookings.values().stream()
                    .filter(b -> b.roomType().equals(roomType) && b.status().holdsInventory())
                    .filter(b -> !b.confirmation().equals(except))
                    .map(b -> new Held(b.arrival(), b.departure()))
                    .toList();
            return RoomNights.firstSoldOutNight(rooms, holding, arrival, departure);
        }
    }

    private final class Local extends LocalRecords {
        Local() {
            super(null, null, null);
        }

        @Override
        public String nextWalkInNumber() {
            return "D" + (++held.walkIns);
        }

        @Override
        public void saveBooking(DeskBooking b, String base, long outageId, Instant now) {
            held.bookings.put(b.confirmation(), b);
        }

        @Override
        public long postLine(
                String confirmation,
                Posting posting,
                Long reversesLineId,
                String entryId,
                Instant now,
                String username) {
            long id = -(postedHere().size() + 1L);
            held.lines.add(new Posted(confirmation, new FolioEntry(id, posting, reversesLineId, LineOrigin.STANDBY)));
            return id;
        }

        @Override
        public void roomStatus(String room, Housekeeping housekeeping, boolean outOfOrder, Instant now) {
            DeskRoom r = held.rooms.get(room);
            held.rooms.put(room, new DeskRoom(room, r.roomType(), housekeeping, outOfOrder, null, null));
        }
    }

    /** A transaction on paper: what a failed one changed is put back. */
    private final class AllOrNothing implements TransactionOperations<Connection> {
        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            Holdings before = held.copy();
            try {
                return callback.apply(null);
            } catch (RuntimeException e) {
                held = before;
                throw e;
            }
        }

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return false;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }
    }
}
