package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.BookingStatus;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import app.innkeep.standby.support.TestClock;
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
class OutageModeIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    ApplicationContext context;
    StartingOutage startingOutage;
    EndingOutage endingOutage;
    TakingWalkIn takingWalkIn;
    SettingRoomStatus settingRoomStatus;
    FrontDesk desk;
    TestClock clock;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        startingOutage = context.getBean(StartingOutage.class);
        endingOutage = context.getBean(EndingOutage.class);
        takingWalkIn = context.getBean(TakingWalkIn.class);
        settingRoomStatus = context.getBean(SettingRoomStatus.class);
        desk = context.getBean(FrontDesk.class);
        clock = context.getBean(TestClock.class);
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102")
                .roomType("STD", "Standard", "100.00")
                .source("WALKIN", "Walk-in");
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

        assertThatThrownBy(() -> takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101")))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("outage mode is not on");
        assertThatThrownBy(() -> settingRoomStatus.set(DESK, DeskAction.newEntryId(), "101", "DIRTY", true))
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
        assertThatThrownBy(() -> startingOutage.start(DESK, DeskAction.newEntryId(), " "))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("reason");
        startingOutage.start(DESK, DeskAction.newEntryId(), "internet down");
        assertThat(desk.situation().outageMode()).isTrue();
        assertThat(desk.situation().proposeOutage())
                .as("no proposal while in outage mode")
                .isFalse();
        assertThat(desk.outage().orElseThrow().outage().dataAsOf()).isNotNull();
        assertThatThrownBy(() -> startingOutage.start(AUDITOR, DeskAction.newEntryId(), "again"))
                .hasMessageContaining("already on");
        assertThatThrownBy(() -> endingOutage.end(DESK, DeskAction.newEntryId(), null))
                .hasMessageContaining("night auditor");
        assertThat(desk.situation().outageMode()).isTrue();
    }

    @Test
    @Order(4)
    void walkInsGetDNumbersCountingUpAndNeverTwoGuestsInOneRoom() {
        var first = takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101"));
        var second = takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("102"));
        assertThat(first.bookingRef()).matches("D\\d{4,}");
        assertThat(Long.parseLong(second.bookingRef().substring(1)))
                .isEqualTo(Long.parseLong(first.bookingRef().substring(1)) + 1);
        var booking = desk.booking(first.bookingRef()).orElseThrow().booking();
        assertThat(booking.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(booking.rate())
                .as("the room type's price when none is given")
                .isEqualByComparingTo("100.00");
        assertThat(booking.arrival()).isEqualTo(TODAY);
        assertThatThrownBy(() -> takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101")))
                .hasMessageContaining("held by booking " + first.bookingRef());
        assertThat(desk.freeTonight()).isEmpty();
    }

    @Test
    @Order(5)
    void theNightAuditorEndsTheOutageAndTheJournalKeepsEveryAction() {
        endingOutage.end(AUDITOR, DeskAction.newEntryId(), "cloud back");
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

    private static TakingWalkIn.WalkIn walkIn(String room) {
        return new TakingWalkIn.WalkIn("Ada", "Lovelace", null, null, room, TODAY.plusDays(2), 1, 0, null, null, null);
    }
}
