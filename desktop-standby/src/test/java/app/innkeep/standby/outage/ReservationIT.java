package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.TakingReservation.Deposit;
import app.innkeep.standby.outage.TakingReservation.Reservation;
import app.innkeep.standby.reporting.StandbyReports;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Phone reservations for later dates during a long outage, on a real encrypted replica: the Seaside Inn has two
 * standard rooms, and cloud booking 100042 holds room 101 next week. What the desk sells never puts two bookings in
 * one room and night, not even when two clerks sell the last room at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReservationIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final LocalDate NEXT_WEEK = TODAY.plusDays(7);
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);

    ApplicationContext context;
    StandbyHotel hotel;
    TakingReservation taking;
    ChangingBooking changing;
    CancellingBooking cancelling;
    CheckingIn checkingIn;
    FrontDesk desk;
    String olaf;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        taking = context.getBean(TakingReservation.class);
        changing = context.getBean(ChangingBooking.class);
        cancelling = context.getBean(CancellingBooking.class);
        checkingIn = context.getBean(CheckingIn.class);
        desk = context.getBean(FrontDesk.class);
        hotel = StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102")
                .roomType("STD", "Standard", "100.00")
                .source("PHONE", "Telephone")
                .receiptType("VISA", "Visa", true)
                .receiptType("CASH", "Cash", false)
                .booking(StandbyHotel.reserved("100042")
                        .arriving(NEXT_WEEK)
                        .leaving(NEXT_WEEK.plusDays(2))
                        .inRoom("101"));
        context.getBean(StartingOutage.class).start(DESK, DeskAction.newEntryId(), "fibre cut");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    @Order(1)
    void
            givenAGuestOnThePhone_whenTheDeskTakesAReservationForNextWeekWithADeposit_thenADNumberReservedWithItsPayment() {
        Done done = taking.take(DESK, DeskAction.newEntryId(), olaf(NEXT_WEEK, NEXT_WEEK.plusDays(2), null));

        olaf = done.bookingRef();
        assertThat(olaf).matches("D\\d{4,}");
        DeskBooking booking = desk.booking(olaf).orElseThrow().booking();
        assertThat(booking.status()).isEqualTo(BookingStatus.RESERVED);
        assertThat(booking.origin()).isEqualTo(BookingOrigin.WALK_IN);
        assertThat(booking.arrival()).isEqualTo(NEXT_WEEK);
        assertThat(booking.room()).isNull();
        assertThat(booking.rate()).as("the room type's price").isEqualByComparingTo("100.00");
        List<FolioEntry> folio = desk.booking(olaf).orElseThrow().folio();
        assertThat(folio).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.PAYMENT);
            assertThat(line.amount()).isEqualByComparingTo("60.00");
            assertThat(line.cardLast4()).isEqualTo("4242");
        });
        assertThat(desk.booking(olaf).orElseThrow().journal())
                .extracting(JournalEntry::action)
                .containsExactly("RESERVE", "PAYMENT");
        assertThat(desk.search(olaf)).extracting(DeskBooking::confirmation).containsExactly(olaf);
        assertThat(desk.search("Nordmann"))
                .extracting(DeskBooking::confirmation)
                .containsExactly(olaf);
    }

    @Test
    @Order(2)
    void givenBothStandardRoomsHeldNextWeek_whenAnotherGuestCalls_thenTheLastRoomIsNotSoldTwice() {
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> taking.take(
                        DESK, DeskAction.newEntryId(), olaf(NEXT_WEEK.plusDays(1), NEXT_WEEK.plusDays(3), null)))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.field()).isEqualTo("roomType"))
                .hasMessageContaining("night of " + NEXT_WEEK.plusDays(1));
        assertThatThrownBy(() -> taking.take(
                        DESK, DeskAction.newEntryId(), olaf(NEXT_WEEK.plusDays(1), NEXT_WEEK.plusDays(3), "102")))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.field()).isEqualTo("room"))
                .hasMessageContaining("no STD room is left");
        assertThatThrownBy(() -> taking.take(
                        DESK, DeskAction.newEntryId(), olaf(NEXT_WEEK.minusDays(1), NEXT_WEEK.plusDays(1), "101")))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.field()).isEqualTo("room"))
                .hasMessageContaining("held by booking 100042");

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void givenOneRoomLeft_whenTwoClerksSellItAtTheSameMoment_thenOneReservationIsTakenAndTheOtherRefused()
            throws Exception {
        LocalDate arrival = TODAY.plusDays(20);
        taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(2), null));

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        List<Future<Object>> sales = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                sales.add(clerks.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(2), null));
                    } catch (Invalid refused) {
                        return refused;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> sale : sales) {
                outcomes.add(sale.get());
            }
            assertThat(outcomes).filteredOn(Done.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(Invalid.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((Invalid) e).field()).isEqualTo("roomType"));
        } finally {
            clerks.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void givenTheReservation_whenTheGuestCallsAgainToMoveIt_thenTheNewNightsAndRoomFollowTheSameRule() {
        assertThatThrownBy(() -> changing.change(
                        DESK,
                        DeskAction.newEntryId(),
                        olaf,
                        new ChangingBooking.Change(NEXT_WEEK, NEXT_WEEK.plusDays(2), "101", null)))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.field()).isEqualTo("room"))
                .hasMessageContaining("100042");

        changing.change(
                DESK,
                DeskAction.newEntryId(),
                olaf,
                new ChangingBooking.Change(
                        NEXT_WEEK.plusDays(3), NEXT_WEEK.plusDays(5), "102", new BigDecimal("90.00")));

        DeskBooking moved = desk.booking(olaf).orElseThrow().booking();
        assertThat(moved.arrival()).isEqualTo(NEXT_WEEK.plusDays(3));
        assertThat(moved.room()).isEqualTo("102");
        assertThat(moved.rate()).isEqualByComparingTo("90.00");
        assertThat(moved.status()).isEqualTo(BookingStatus.RESERVED);
        Done another = taking.take(DESK, DeskAction.newEntryId(), olaf(NEXT_WEEK, NEXT_WEEK.plusDays(2), null));
        assertThat(another.bookingRef()).as("the nights it left are free again").isNotEqualTo(olaf);
    }

    @Test
    @Order(5)
    void givenAReservation_whenTheGuestCancels_thenItIsCancelledAndItsNightsAreSoldAgain() {
        LocalDate arrival = TODAY.plusDays(40);
        String first = taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(1), "101"))
                .bookingRef();
        taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(1), "102"));
        assertThatThrownBy(() -> taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(1), null)))
                .isInstanceOf(Invalid.class);

        cancelling.cancel(DESK, DeskAction.newEntryId(), first, "plans changed");

        assertThat(desk.booking(first).orElseThrow().booking().status()).isEqualTo(BookingStatus.CANCELLED);
        Done again = taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(1), "101"));
        assertThat(desk.booking(again.bookingRef()).orElseThrow().booking().room())
                .isEqualTo("101");
    }

    @Test
    @Order(6)
    void givenItsArrivalDay_whenTheGuestArrives_thenTodayAndTheDowntimePackListItAndTheDeskChecksItIn() {
        LocalDate arrival = NEXT_WEEK.plusDays(3);
        assertThatThrownBy(() -> checkingIn.checkIn(DESK, DeskAction.newEntryId(), olaf, null))
                .hasMessageContaining("arrives on " + arrival);

        hotel.businessDate(arrival);

        assertThat(desk.today().arrivals())
                .extracting(DeskBooking::confirmation)
                .contains(olaf);
        var pack = context.getBean(StandbyReports.class).render(StandbyReports.Kind.DOWNTIME_PACK, "csv", null);
        assertThat(new String(pack.bytes(), StandardCharsets.UTF_8))
                .contains(olaf)
                .contains("Nordmann");
        checkingIn.checkIn(DESK, DeskAction.newEntryId(), olaf, null);
        DeskBooking inHouse = desk.booking(olaf).orElseThrow().booking();
        assertThat(inHouse.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(inHouse.room()).isEqualTo("102");
        hotel.businessDate(TODAY);
    }

    @Test
    @Order(7)
    void givenBadInputInAnyField_whenTheReservationIsSent_thenRefusedNamingTheFieldAndNothingWritten() {
        LocalDate a = TODAY.plusDays(60);
        Map<String, UnaryOperator<Reservation>> cases = new LinkedHashMap<>();
        cases.put("firstName", r -> with(r, f -> f.first = " "));
        cases.put("lastName", r -> with(r, f -> f.last = null));
        cases.put("email", r -> with(r, f -> f.email = "olaf-at-home"));
        cases.put("phone", r -> with(r, f -> f.phone = "1".repeat(41)));
        cases.put("notes", r -> with(r, f -> f.notes = "card 4111 1111 1111 1111"));
        cases.put("adults", r -> with(r, f -> f.adults = 0));
        cases.put("children", r -> with(r, f -> f.children = 21));
        cases.put("arrival", r -> with(r, f -> f.arrival = TODAY.minusDays(1)));
        cases.put(
                "arrival ",
                r -> with(r, f -> {
                    f.arrival = TODAY.plusYears(2).plusDays(1);
                    f.departure = f.arrival.plusDays(2);
                }));
        cases.put("arrival  ", r -> with(r, f -> f.arrival = null));
        cases.put("departure", r -> with(r, f -> f.departure = a));
        cases.put("departure ", r -> with(r, f -> f.departure = a.plusDays(366)));
        cases.put("roomType", r -> with(r, f -> f.roomType = "PENTHOUSE"));
        cases.put("roomType ", r -> with(r, f -> f.roomType = " "));
        cases.put("room", r -> with(r, f -> f.room = "999"));
        cases.put("rate", r -> with(r, f -> f.rate = new BigDecimal("-1")));
        cases.put("rate ", r -> with(r, f -> f.rate = new BigDecimal("10.001")));
        cases.put("source", r -> with(r, f -> f.source = "PIGEON"));
        cases.put("source ", r -> with(r, f -> f.source = ""));
        cases.put("receiptType", r -> with(r, f -> f.deposit = new Deposit("GOLD", new BigDecimal("10.00"), null)));
        cases.put("deposit", r -> with(r, f -> f.deposit = new Deposit("CASH", new BigDecimal("-10.00"), null)));
        cases.put("deposit ", r -> with(r, f -> f.deposit = new Deposit("CASH", null, null)));
        cases.put(
                "cardLast4",
                r -> with(r, f -> f.deposit = new Deposit("VISA", new BigDecimal("10.00"), "4111 1111 1111 1111")));
        cases.put("cardLast4 ", r -> with(r, f -> f.deposit = new Deposit("VISA", new BigDecimal("10.00"), null)));
        Map<String, Long> before = rowCounts();

        for (var bad : cases.entrySet()) {
            String field = bad.getKey().strip();
            Reservation reservation = bad.getValue().apply(olaf(a, a.plusDays(2), null));
            assertThatThrownBy(() -> taking.take(DESK, DeskAction.newEntryId(), reservation))
                    .as(bad.getKey())
                    .isInstanceOfSatisfying(
                            Invalid.class,
                            e -> assertThat(e.field())
                                    .as(bad.getKey() + ": " + e.getMessage())
                                    .isEqualTo(field));
        }

        assertThat(rowCounts()).as("rows of every table of the replica").isEqualTo(before);
        assertThatThrownBy(() -> taking.take(
                        DESK,
                        DeskAction.newEntryId(),
                        with(
                                olaf(a, a.plusDays(2), null),
                                f -> f.deposit = new Deposit("VISA", new BigDecimal("10.00"), "4111111111111111"))))
                .hasMessageContaining("full card numbers are never accepted");
    }

    @Test
    @Order(8)
    void givenAReservationInRoom102_whenTheFeedBringsACloudBookingInThatRoomOnOneOfItsNights_thenItIsFlagged() {
        LocalDate arrival = TODAY.plusDays(50);
        String mine = taking.take(DESK, DeskAction.newEntryId(), olaf(arrival, arrival.plusDays(3), "102"))
                .bookingRef();

        // What the sync does after the line returns: the cloud's booking lands in the copy, and the desk is told.
        hotel.booking(StandbyHotel.reserved("100099")
                .inRoom("102")
                .arriving(arrival.plusDays(2))
                .leaving(arrival.plusDays(4)));
        Collisions collisions = context.getBean(Collisions.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        tx.executeWrite(s -> {
            collisions.cloudBookingWritten("100099", 77L, "sea.frontdesk", Instant.parse("2026-11-24T10:00:00Z"));
            return null;
        });

        assertThat(desk.booking(mine).orElseThrow().collisions())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("ROOM_DOUBLE_BOOKED");
                    assertThat(c.otherConfirmation()).isEqualTo("100099");
                    assertThat(c.room()).isEqualTo("102");
                });
    }

    /** Olaf Nordmann, one adult, a standard room, the type's price, a 60.00 deposit by Visa ending 4242. */
    private static Reservation olaf(LocalDate arrival, LocalDate departure, String room) {
        return new Reservation(
                "Olaf",
                "Nordmann",
                "olaf@example.com",
                "+47 99 88 77 66",
                arrival,
                departure,
                "STD",
                room,
                1,
                0,
                null,
                "PHONE",
                "Called from Bergen",
                new Deposit("VISA", new BigDecimal("60.00"), "4242"));
    }

    /** The form's fields, to change one. */
    private static final class Fields {
        String first, last, email, phone, roomType, room, source, notes;
        LocalDate arrival, departure;
        int adults, children;
        BigDecimal rate;
        Deposit deposit;
    }

    private static Reservation with(Reservation r, java.util.function.Consumer<Fields> change) {
        Fields f = new Fields();
        f.first = r.firstName();
        f.last = r.lastName();
        f.email = r.email();
        f.phone = r.phone();
        f.arrival = r.arrival();
        f.departure = r.departure();
        f.roomType = r.roomType();
        f.room = r.room();
        f.adults = r.adults();
        f.children = r.children();
        f.rate = r.rate();
        f.source = r.source();
        f.notes = r.notes();
        f.deposit = r.deposit();
        change.accept(f);
        return new Reservation(
                f.first,
                f.last,
                f.email,
                f.phone,
                f.arrival,
                f.departure,
                f.roomType,
                f.room,
                f.adults,
                f.children,
                f.rate,
                f.source,
                f.notes,
                f.deposit);
    }

    /** Rows in each table of the replica. */
    private Map<String, Long> rowCounts() {
        Replica replica = context.getBean(Replica.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        return tx.executeRead(s -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : replica.list(
                    "SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                            + " WHERE t.TABLETYPE = 'T' AND s.SCHEMANAME = CURRENT SCHEMA",
                    rs -> rs.getString(1))) {
                counts.put(table, replica.count("SELECT COUNT(*) FROM \"" + table + "\""));
            }
            return counts;
        });
    }
}
