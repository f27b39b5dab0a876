package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.journal.JournalCodec;
import app.innkeep.model.journal.JournalDecodeResult;
import app.innkeep.model.json.Json;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.TestClock;
import app.innkeep.standby.sync.SyncStates;
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
        OutageDesk outage = context.getBean(OutageDesk.class);
        TestClock clock = context.getBean(TestClock.class);
        Replica replica = context.getBean(Replica.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        tx.executeWrite(s -> {
            SyncStates states = context.getBean(SyncStates.class);
            states.pairedWith(
                    "SEA",
                    "Seaside Inn",
                    "Europe/Oslo",
                    "NOK",
                    TODAY,
                    "http://127.0.0.1:1",
                    7,
                    "cred",
                    clock.instant());
            states.snapshotApplied("Seaside Inn", "Europe/Oslo", "NOK", TODAY, 10, clock.instant(), clock.instant());
            for (String room : List.of("101", "102", "103", "104")) {
                replica.update(
                        "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO)"
                                + " VALUES (?, 'STD', 'CLEAN', FALSE, TRUE, 1)",
                        room);
            }
            masterData(replica, clock, "room-type", "STD", "Standard", "100.00", null);
            masterData(replica, clock, "source", "WALKIN", "Walk-in", null, null);
            masterData(replica, clock, "inventory-item", "MINIBAR", "Minibar", "6.00", null);
            masterData(replica, clock, "receipt-type", "VISA", "Visa", null, true);
            int guest = 8;
            for (String confirmation : List.of("100042", "100043", "100044")) {
                replica.update(
                        "INSERT INTO BOOKING (CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL,"
                                + " PHONE, SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN,"
                                + " RATE, CANCEL_REASON, NOTES, SEQUENCE_NO) VALUES (?, 'RESERVED', ?, 'Maria',"
                                + " 'Gonçalves', 'goncalves maria', 'maria@example.com', NULL, 'WEB', 'STD', NULL, ?,"
                                + " ?, 2, 0, 89.00, NULL, 'Late arrival', 5)",
                        confirmation,
                        guest++,
                        confirmation.equals("100042") ? TODAY : TODAY.plusDays(1),
                        TODAY.plusDays(3));
            }
            return null;
        });
        Runnable fiveMinutes = () -> clock.advance(Duration.ofMinutes(5));
        outage.startOutage(DESK, id(1), "internet down since 10:40");
        fiveMinutes.run();
        outage.checkIn(DESK, id(2), "100042", "101");
        fiveMinutes.run();
        String walkIn = outage.walkIn(
                        DESK,
                        id(3),
                        new OutageDesk.WalkIn(
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
        outage.postCharge(DESK, id(4), walkIn, "MINIBAR", new BigDecimal("2"), null, null);
        fiveMinutes.run();
        outage.voidCharge(DESK, id(5), walkIn, -1, "wrong room");
        fiveMinutes.run();
        outage.postPayment(DESK, id(6), walkIn, "VISA", new BigDecimal("50.00"), "4242", null);
        fiveMinutes.run();
        outage.refund(DESK, id(7), walkIn, -3, new BigDecimal("20.00"), "overcharged");
        fiveMinutes.run();
        outage.modify(
                DESK, id(8), "100043", new OutageDesk.Change(null, TODAY.plusDays(4), null, new BigDecimal("99.50")));
        fiveMinutes.run();
        outage.cancel(DESK, id(9), "100044", "guest called");
        fiveMinutes.run();
        outage.checkOut(DESK, id(10), "100042", null, null);
        fiveMinutes.run();
        outage.roomStatus(DESK, id(11), "103", "DIRTY", true);
        fiveMinutes.run();
        outage.endOutage(AUDITOR, id(12), "cloud back");
        OutageJournal journal = context.getBean(OutageJournal.class);
        entries = tx.executeRead(s -> journal.entries(1));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void everyRowTheDeskWritesReadsBackAndIsTheGoldenRow() throws IOException {
        assertThat(entries).extracting(JournalEntry::action).containsExactlyInAnyOrderElementsOf(JournalCodec.ACTIONS);
        for (JournalEntry e : entries) {
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

    private static void masterData(
            Replica replica,
            TestClock clock,
            String kind,
            String code,
            String description,
            String price,
            Boolean card) {
        replica.update(
                "INSERT INTO MASTER_DATA (KIND, CODE, DESCRIPTION, DEFAULT_PRICE, CARD, ACTIVE, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                kind,
                code,
                description,
                price == null ? null : new BigDecimal(price),
                card,
                clock.instant());
    }

    private static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }
}
