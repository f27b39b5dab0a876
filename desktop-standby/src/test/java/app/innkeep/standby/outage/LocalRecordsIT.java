package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalLine;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.desk.LineOrigin;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.PastOutage;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The desk's own records through their repositories, on a real encrypted replica: every column of a booking, a folio
 * line and a room state there and back (NULLs, dates, instants, amounts), and read again by hand through the desk's
 * views, which must see what the repositories wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalRecordsIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-23T10:45:12.345678Z");

    ApplicationContext context;
    LocalRecords local;
    LocalBookingRows bookings;
    DeskQueries desk;
    Replica replica;
    InTransaction tx;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY).rooms("STD", "101", "102", "103");
        local = context.getBean(LocalRecords.class);
        bookings = context.getBean(LocalBookingRows.class);
        desk = context.getBean(DeskQueries.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aWalkInKeepsEveryColumnAndItsNulls() {
        long outage = anOutage();
        String number = tx.write(local::nextWalkInNumber);
        DeskBooking walkIn = walkIn(number, null, null, null);

        tx.run(() -> local.saveBooking(walkIn, null, outage, NOW));

        assertThat(tx.read(() -> bookings.findById(number)))
                .contains(new LocalBookingRow(
                        number,
                        BookingOrigin.WALK_IN,
                        BookingStatus.RESERVED,
                        null,
                        "Zoë",
                        "Ångström",
                        "ÅNGSTRÖM ZOË",
                        null,
                        null,
                        "WALKIN",
                        "STD",
                        null,
                        TODAY,
                        TODAY.plusDays(2),
                        2,
                        1,
                        new BigDecimal("120.00"),
                        null,
                        null,
                        null,
                        outage,
                        NOW,
                        null));
        assertThat(tx.read(() -> desk.booking(number))).as("the desk's view").contains(walkIn);
    }

    @Test
    void aChangedCloudBookingKeepsTheBaseAndOutageItFirstHad() {
        long outage = anOutage();
        long later = anOutage();
        DeskBooking first = booking("100042", BookingOrigin.CHANGED, "maria@example.com", "+47 22 33 44 55", "101")
                .with(BookingStatus.CHECKED_IN, "STD", "101", TODAY, TODAY.plusDays(3), new BigDecimal("89.50"), null);
        DeskBooking second = first.with(
                BookingStatus.CANCELLED,
                "STD",
                "102",
                TODAY,
                TODAY.plusDays(4),
                new BigDecimal("99.00"),
                "guest called");

        tx.run(() -> local.saveBooking(first, "{\"cloud\":\"v1\"}", outage, NOW));
        tx.run(() -> local.saveBooking(second, "{\"cloud\":\"v2\"}", later, NOW.plusSeconds(90)));

        LocalBookingRow row = tx.read(() -> bookings.findById("100042")).orElseThrow();
        assertThat(row.baseState()).isEqualTo("{\"cloud\":\"v1\"}");
        assertThat(row.outageId()).isEqualTo(outage);
        assertThat(row.changedAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(row.origin()).isEqualTo(BookingOrigin.CHANGED);
        assertThat(row.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(row.cancelReason()).isEqualTo("guest called");
        assertThat(row.departure()).isEqualTo(TODAY.plusDays(4));
        assertThat(row.rate()).isEqualByComparingTo("99.00");
        assertThat(row.roomNumber()).isEqualTo("102");
        assertThat(tx.read(() -> desk.booking("100042"))).contains(second);
    }

    @Test
    void aFolioLineKeepsEveryColumnUnderANegativeId() {
        String entry = UUID.randomUUID().toString();
        long charge = tx.write(() -> local.postLine(
                "100050",
                new Posting(
                        LineKind.CHARGE,
                        "MINIBAR",
                        "Minibar",
                        new BigDecimal("2.00"),
                        new BigDecimal("6.00"),
                        new BigDecimal("12.00"),
                        TODAY,
                        null),
                null,
                entry,
                NOW,
                "dana"));
        long payment = tx.write(() -> local.postLine(
                "100050",
                new Posting(
                        LineKind.PAYMENT,
                        "VISA",
                        null,
                        BigDecimal.ONE,
                        new BigDecimal("5.00"),
                        new BigDecimal("5.00"),
                        TODAY.plusDays(1),
                        "4242"),
                charge,
                entry,
                NOW,
                "dana"));

        assertThat(charge).isNegative();
        assertThat(payment).isEqualTo(charge - 1);
        assertThat(tx.read(() -> desk.folioLine("100050", charge)))
                .contains(new FolioEntry(
                        charge,
                        new Posting(
                                LineKind.CHARGE,
                                "MINIBAR",
                                "Minibar",
                                new BigDecimal("2.00"),
                                new BigDecimal("6.00"),
                                new BigDecimal("12.00"),
                                TODAY,
                                null),
                        null,
                        LineOrigin.STANDBY));
        assertThat(tx.read(() -> desk.folioLine("100050", payment)))
                .contains(new FolioEntry(
                        payment,
                        new Posting(
                                LineKind.PAYMENT,
                                "VISA",
                                null,
                                new BigDecimal("1.00"),
                                new BigDecimal("5.00"),
                                new BigDecimal("5.00"),
                                TODAY.plusDays(1),
                                "4242"),
                        charge,
                        LineOrigin.STANDBY));
        assertThat(tx.read(() -> replica.one(
                        "SELECT ENTRY_ID, POSTED_AT, POSTED_BY, RETIRED_AT FROM LOCAL_FOLIO_LINE WHERE LINE_ID = ?",
                        rs -> rs.getString(1) + " " + Replica.instant(rs, "POSTED_AT") + " " + rs.getString(3) + " "
                                + Replica.instant(rs, "RETIRED_AT"),
                        payment)))
                .contains(entry + " " + NOW + " dana null");
        assertThat(tx.read(() -> local.deskLinesBalance("100050"))).isEqualByComparingTo("7.00");
        assertThat(tx.read(() -> local.deskLinesBalance("no-such"))).isEqualByComparingTo("0");
    }

    @Test
    void aRoomStateIsWrittenThenChanged() {
        tx.run(() -> local.roomStatus("103", Housekeeping.DIRTY, true, NOW));
        assertThat(roomState("103")).isEqualTo("DIRTY true " + NOW + " null");

        tx.run(() -> local.roomStatus("103", Housekeeping.INSPECTED, false, NOW.plusSeconds(5)));
        assertThat(roomState("103")).isEqualTo("INSPECTED false " + NOW.plusSeconds(5) + " null");
        assertThat(tx.read(() -> desk.room("103")).orElseThrow().housekeeping()).isEqualTo(Housekeeping.INSPECTED);
    }

    @Test
    void walkInNumbersCountUpAndNeverRepeat() {
        String a = tx.write(local::nextWalkInNumber);
        String b = tx.write(local::nextWalkInNumber);

        assertThat(a).matches("D1\\d{3}");
        assertThat(Long.parseLong(b.substring(1))).isEqualTo(Long.parseLong(a.substring(1)) + 1);
    }

    @Test
    void aSignOffRetiresTheOutagesRecordsAndTheNextOutageStartsAfresh() {
        long retiring = anOutage();
        String entry = UUID.randomUUID().toString();
        DeskBooking booking = booking("100077", BookingOrigin.CHANGED, null, null, "101");
        tx.run(() -> {
            local.saveBooking(booking, "{\"cloud\":\"old\"}", retiring, NOW);
            long line = local.postLine(
                    "100077",
                    new Posting(
                            LineKind.CHARGE,
                            "MINIBAR",
                            null,
                            BigDecimal.ONE,
                            BigDecimal.TEN,
                            BigDecimal.TEN,
                            TODAY,
                            null),
                    null,
                    entry,
                    NOW,
                    "dana");
            context.getBean(OutageJournal.class)
                    .append(
                            entry,
                            retiring,
                            new JournalChange.Charge(new JournalLine(
                                    line,
                                    "CHARGE",
                                    "MINIBAR",
                                    null,
                                    BigDecimal.ONE,
                                    BigDecimal.TEN,
                                    BigDecimal.TEN,
                                    null,
                                    null)),
                            "100077",
                            "101",
                            "MINIBAR",
                            BigDecimal.TEN,
                            "dana",
                            NOW,
                            TODAY);
            local.roomStatus("102", Housekeeping.DIRTY, false, NOW);
        });
        Instant signedOff = NOW.plusSeconds(3600);

        tx.run(() -> local.retire(retiring, signedOff));

        assertThat(tx.read(() -> bookings.findById("100077")).orElseThrow().retiredAt())
                .isEqualTo(signedOff);
        assertThat(tx.read(() -> desk.booking("100077")))
                .as("the desk no longer shows it")
                .isEmpty();
        assertThat(tx.read(() -> local.deskLinesBalance("100077"))).isEqualByComparingTo("0");
        assertThat(roomState("102")).endsWith(" " + signedOff);

        long next = anOutage();
        tx.run(() -> local.saveBooking(booking, "{\"cloud\":\"new\"}", next, NOW.plusSeconds(7200)));

        LocalBookingRow fresh = tx.read(() -> bookings.findById("100077")).orElseThrow();
        assertThat(fresh.baseState()).isEqualTo("{\"cloud\":\"new\"}");
        assertThat(fresh.outageId()).isEqualTo(next);
        assertThat(fresh.retiredAt()).isNull();
    }

    private String roomState(String room) {
        return tx.read(() -> replica.one(
                        "SELECT HOUSEKEEPING, OUT_OF_ORDER, CHANGED_AT, RETIRED_AT FROM LOCAL_ROOM WHERE ROOM_NUMBER = ?",
                        rs -> rs.getString(1) + " " + rs.getBoolean(2) + " " + Replica.instant(rs, "CHANGED_AT") + " "
                                + Replica.instant(rs, "RETIRED_AT"),
                        room))
                .orElseThrow();
    }

    private long anOutage() {
        return PastOutage.of(context, NOW);
    }

    private static DeskBooking walkIn(String number, String email, String phone, String room) {
        return booking(number, BookingOrigin.WALK_IN, email, phone, room);
    }

    private static DeskBooking booking(String number, BookingOrigin origin, String email, String phone, String room) {
        return new DeskBooking(
                number,
                origin,
                BookingStatus.RESERVED,
                null,
                "Zoë",
                "Ångström",
                email,
                phone,
                new StayTerms(
                        "WALKIN", "STD", room, TODAY, TODAY.plusDays(2), 2, 1, new BigDecimal("120.00"), null, null));
    }
}
