package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.TestClock;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Outage mode on a real encrypted replica holding a small property: who may start and end it, and the walk-ins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageDeskIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    ApplicationContext context;
    OutageDesk outage;
    FrontDesk desk;
    TestClock clock;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        outage = context.getBean(OutageDesk.class);
        desk = context.getBean(FrontDesk.class);
        clock = context.getBean(TestClock.class);
        Replica replica = context.getBean(Replica.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        tx.executeWrite(s -> {
            // A property nobody can reach: port 1 on this machine refuses every connection.
            context.getBean(SyncStates.class)
                    .pairedWith(
                            "SEA",
                            "Seaside Inn",
                            "Europe/Oslo",
                            "NOK",
                            TODAY,
                            "http://127.0.0.1:1",
                            7,
                            "cred",
                            clock.instant());
            context.getBean(SyncStates.class)
                    .snapshotApplied("Seaside Inn", "Europe/Oslo", "NOK", TODAY, 10, clock.instant(), clock.instant());
            for (String room : new String[] {"101", "102"}) {
                replica.update(
                        "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO) VALUES (?, 'STD', 'CLEAN', FALSE, TRUE, 1)",
                        room);
            }
            replica.update(
                    "INSERT INTO MASTER_DATA (KIND, CODE, DESCRIPTION, DEFAULT_PRICE, ACTIVE, UPDATED_AT) VALUES ('room-type', 'STD', 'Standard', 100.00, TRUE, ?)",
                    clock.instant());
            replica.update(
                    "INSERT INTO MASTER_DATA (KIND, CODE, DESCRIPTION, ACTIVE, UPDATED_AT) VALUES ('source', 'WALKIN', 'Walk-in', TRUE, ?)",
                    clock.instant());
            return null;
        });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    @Order(1)
    void outageModeIsProposedOnlyAfterTheCloudHasBeenSilentLongEnough() {
        CloudWatch watch = context.getBean(CloudWatch.class);
        watch.probe();
        assertThat(watch.unreachableSince()).isEqualTo(clock.instant());
        assertThat(desk.situation().proposeOutage()).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(desk.situation().proposeOutage()).isTrue();
        assertThat(desk.situation().outageMode()).isFalse();
    }

    @Test
    @Order(2)
    void nothingIsWrittenBeforeOutageModeIsStarted() {
        Map<String, Long> before = rowCounts();
        assertThat(before)
                .as("the journal and the desk's tables are counted")
                .containsKeys(
                        "OUTAGE", "OUTAGE_JOURNAL", "LOCAL_BOOKING", "LOCAL_FOLIO_LINE", "LOCAL_ROOM", "D_NUMBER_MAP");

        assertThatThrownBy(() -> outage.walkIn(DESK, OutageDesk.newEntryId(), walkIn("101")))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("outage mode is not on");
        assertThatThrownBy(() -> outage.roomStatus(DESK, OutageDesk.newEntryId(), "101", "DIRTY", true))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("outage mode is not on");

        assertThat(rowCounts()).as("rows of every table of the replica").isEqualTo(before);
        assertThat(desk.outage()).isEmpty();
        assertThat(desk.freeTonight())
                .as("room 101 is still clean and in order")
                .hasSize(2);
    }

    @Test
    @Order(3)
    void oneOutageAtATimeAndOnlyANightAuditorOrAdminEndsIt() {
        assertThatThrownBy(() -> outage.startOutage(DESK, OutageDesk.newEntryId(), " "))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("reason");
        outage.startOutage(DESK, OutageDesk.newEntryId(), "internet down");
        assertThat(desk.situation().outageMode()).isTrue();
        assertThat(desk.situation().proposeOutage())
                .as("no proposal while in outage mode")
                .isFalse();
        assertThat(desk.outage().orElseThrow().outage().dataAsOf()).isNotNull();
        assertThatThrownBy(() -> outage.startOutage(AUDITOR, OutageDesk.newEntryId(), "again"))
                .hasMessageContaining("already on");
        assertThatThrownBy(() -> outage.endOutage(DESK, OutageDesk.newEntryId(), null))
                .hasMessageContaining("night auditor");
        assertThat(desk.situation().outageMode()).isTrue();
    }

    @Test
    @Order(4)
    void walkInsGetDNumbersCountingUpAndNeverTwoGuestsInOneRoom() {
        var first = outage.walkIn(DESK, OutageDesk.newEntryId(), walkIn("101"));
        var second = outage.walkIn(DESK, OutageDesk.newEntryId(), walkIn("102"));
        assertThat(first.bookingRef()).matches("D\\d{4,}");
        assertThat(Long.parseLong(second.bookingRef().substring(1)))
                .isEqualTo(Long.parseLong(first.bookingRef().substring(1)) + 1);
        var booking = desk.booking(first.bookingRef()).orElseThrow().booking();
        assertThat(booking.status()).isEqualTo("CHECKED_IN");
        assertThat(booking.rate())
                .as("the room type's price when none is given")
                .isEqualByComparingTo("100.00");
        assertThat(booking.arrival()).isEqualTo(TODAY);
        assertThatThrownBy(() -> outage.walkIn(DESK, OutageDesk.newEntryId(), walkIn("101")))
                .hasMessageContaining("held by booking " + first.bookingRef());
        assertThat(desk.freeTonight()).isEmpty();
    }

    @Test
    @Order(5)
    void theNightAuditorEndsTheOutageAndTheJournalKeepsEveryAction() {
        outage.endOutage(AUDITOR, OutageDesk.newEntryId(), "cloud back");
        var view = desk.outage().orElseThrow();
        assertThat(view.outage().open()).isFalse();
        assertThat(view.outage().endedBy()).isEqualTo("nico");
        assertThat(view.entries())
                .extracting(JournalEntry::action)
                .containsExactly("OUTAGE_STARTED", "WALK_IN", "WALK_IN", "OUTAGE_ENDED");
        assertThat(view.entries().get(1).amount()).isEqualByComparingTo(new BigDecimal("100.00"));
    }

    /** Rows in each table of the replica (the journal, the desk's own tables and the replicated ones). */
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

    private static OutageDesk.WalkIn walkIn(String room) {
        return new OutageDesk.WalkIn("Ada", "Lovelace", null, null, room, TODAY.plusDays(2), 1, 0, null, null, null);
    }
}
