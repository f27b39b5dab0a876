package app.innkeep.standby.outage;

import static app.innkeep.standby.support.StandbyHotel.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.journal.JournalCodec;
import app.innkeep.model.journal.JournalDecodeResult;
import app.innkeep.model.json.Json;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import app.innkeep.standby.support.TestClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outage of the journal golden files, played on a real replica through the desk: every row the desk writes reads
 * back through the one journal codec and is the golden file's row. (The golden files' unversioned rows were taken
 * the same way from the desk before the states had a schema version.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalRowsIT {

    static final Path GOLDEN = Path.of("../shared-model/src/test/resources/journal-golden/v1");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    ApplicationContext context;
    List<JournalEntry> entries;

    @BeforeAll
    void playTheOutage() {
        context = StandbyContext.start();
        TestClock clock = context.getBean(TestClock.class);
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102", "103", "104", "105")
                .roomType("STD", "Standard", "100.00")
                .source("WALKIN", "Walk-in")
                .source("PHONE", "Telephone")
                .item("MINIBAR", "Minibar", "6.00")
                .receiptType("VISA", "Visa", true)
                .item("RENT", "Room night", null)
                .booking(reserved("100042").arriving(TODAY).leaving(TODAY.plusDays(3)))
                .booking(reserved("100045").arriving(TODAY).leaving(TODAY.plusDays(2)))
                .booking(reserved("100046")
                        .checkedIn()
                        .inRoom("104")
                        .arriving(TODAY.minusDays(2))
                        .leaving(TODAY))
                .booking(reserved("100043").arriving(TODAY.plusDays(1)).leaving(TODAY.plusDays(3)))
                .booking(reserved("100044").arriving(TODAY.plusDays(1)).leaving(TODAY.plusDays(3)));
        Runnable fiveMinutes = () -> clock.advance(Duration.ofMinutes(5));
        bean(StartingOutage.class).start(DESK, id(1), "internet down since 10:40");
        fiveMinutes.run();
        bean(CheckingIn.class).checkIn(DESK, id(2), "100042", "101");
        fiveMinutes.run();
        String walkIn = bean(TakingWalkIn.class)
                .take(
                        DESK,
                        id(3),
                        new TakingWalkIn.WalkIn(
                                "Zoë",
                                "Ångström",
                                "zoe@example.com",
                                "+47 22 33 44 55",
                                "102",
                                TODAY.plusDays(2),
                                2,
                                1,
                                new BigDecimal("120.00"),
                                null,
                                "Late arrival \"after 22:00\""))
                .bookingRef();
        fiveMinutes.run();
        bean(PostingCharge.class).post(DESK, id(4), walkIn, "MINIBAR", new BigDecimal("2"), null, null);
        fiveMinutes.run();
        bean(VoidingCharge.class).voidCharge(DESK, id(5), walkIn, -1, "wrong room");
        fiveMinutes.run();
        bean(TakingPayment.class).take(DESK, id(6), walkIn, "VISA", new BigDecimal("50.00"), "4242", null, false);
        fiveMinutes.run();
        bean(Refunding.class).refund(DESK, id(7), walkIn, -3, new BigDecimal("20.00"), "overcharged");
        fiveMinutes.run();
        bean(ChangingBooking.class)
                .change(
                        DESK,
                        id(8),
                        "100043",
                        new ChangingBooking.Change(null, TODAY.plusDays(4), null, new BigDecimal("99.50")));
        fiveMinutes.run();
        bean(CancellingBooking.class).cancel(DESK, id(9), "100044", "guest called");
        fiveMinutes.run();
        bean(CheckingOut.class).checkOut(DESK, id(10), "100042", null, null, true);
        fiveMinutes.run();
        bean(SettingRoomStatus.class).set(DESK, id(11), "103", "DIRTY", true);
        fiveMinutes.run();
        bean(TakingReservation.class)
                .take(
                        DESK,
                        id(12),
                        new TakingReservation.Reservation(
                                "Olaf",
                                "Nordmann",
                                null,
                                "+47 99 88 77 66",
                                TODAY.plusDays(7),
                                TODAY.plusDays(10),
                                "STD",
                                "104",
                                1,
                                0,
                                new BigDecimal("95.00"),
                                "PHONE",
                                "Deposit taken by phone",
                                null));
        fiveMinutes.run();
        bean(ClosingDay.class).close(AUDITOR, id(14), TODAY);
        fiveMinutes.run();
        bean(EndingOutage.class).end(AUDITOR, id(13), "cloud back");
        OutageJournal journal = context.getBean(OutageJournal.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        entries = tx.executeRead(s -> journal.entries(1));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void everyRowTheDeskWritesReadsBackAndIsTheGoldenRow() throws IOException {
        // The check-out leaves its room dirty in a ROOM_STATUS entry of its own; the golden ROOM_STATUS row is the one
        // the desk set by hand (room 103, out of order).
        String leftDirty = CheckingOut.housekeepingEntryId(id(10));
        assertThat(entries)
                .filteredOn(e -> e.entryId().equals(leftDirty))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("ROOM_STATUS"))
                .satisfies(e -> assertThat(e.after()).contains("\"housekeeping\":\"DIRTY\""));
        List<JournalEntry> played =
                entries.stream().filter(e -> !e.entryId().equals(leftDirty)).toList();
        assertThat(played).extracting(JournalEntry::action).containsExactlyInAnyOrderElementsOf(JournalCodec.ACTIONS);
        for (JournalEntry e : played) {
            assertThat(JournalCodec.decode(e.action(), e.before(), e.after()))
                    .as(e.action())
                    .isInstanceOf(JournalDecodeResult.Decoded.class);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("action", e.action());
            row.put("before", e.before() == null ? null : Json.parse(e.before()));
            row.put("after", e.after() == null ? null : Json.parse(e.after()));
            assertThat(row)
                    .as(e.action())
                    .isEqualTo(Json.parse(Files.readString(GOLDEN.resolve(e.action() + ".json"))));
        }
    }

    private <T> T bean(Class<T> useCase) {
        return context.getBean(useCase);
    }

    private static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }
}
