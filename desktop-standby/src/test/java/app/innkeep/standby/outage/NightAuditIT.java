package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.reentry.WorkItem;
import app.innkeep.standby.reentry.Worklist;
import app.innkeep.standby.reporting.StandbyReports;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The night audit on a real encrypted replica through a cut of two nights: each night's RENT posted once per booking
 * with the night as its business date, the desk's own check-ins, check-outs and walk-ins respected, and a resent,
 * stale or concurrent close writing nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightAuditIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    ApplicationContext context;
    ClosingDay closingDay;
    FrontDesk desk;
    InTransaction tx;
    Replica replica;
    String walkIn;
    String closeOfToday;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        closingDay = context.getBean(ClosingDay.class);
        desk = context.getBean(FrontDesk.class);
        tx = InTransaction.of(context);
        replica = context.getBean(Replica.class);
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102", "103", "104", "105", "106")
                .roomType("STD", "Standard", "100.00")
                .source("WALKIN", "Walk-in")
                .item("RENT", "Room night", null)
                .booking(StandbyHotel.reserved("100042")
                        .checkedIn()
                        .inRoom("101")
                        .arriving(TODAY.minusDays(1))
                        .leaving(TODAY.plusDays(2)))
                .booking(StandbyHotel.reserved("100043")
                        .inRoom("102")
                        .arriving(TODAY)
                        .leaving(TODAY.plusDays(2)))
                .booking(StandbyHotel.reserved("100044")
                        .checkedIn()
                        .inRoom("103")
                        .arriving(TODAY.minusDays(2))
                        .leaving(TODAY.plusDays(3)))
                .booking(StandbyHotel.reserved("100045").arriving(TODAY).leaving(TODAY.plusDays(3)))
                .booking(StandbyHotel.reserved("100046")
                        .checkedIn()
                        .inRoom("105")
                        .arriving(TODAY.minusDays(1))
                        .leaving(TODAY));
        context.getBean(StartingOutage.class).start(DESK, DeskAction.newEntryId(), "fibre cut");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    @Order(1)
    void aCloseThatIsNotAllowedOrNamesTheWrongDayWritesNothing() {
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> closingDay.close(DESK, DeskAction.newEntryId(), TODAY))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("night auditor");
        assertThatThrownBy(() -> closingDay.close(AUDITOR, DeskAction.newEntryId(), null))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("businessDate");
        assertThatThrownBy(() -> closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY.minusDays(1)))
                .hasMessageContaining("already closed");
        assertThatThrownBy(() -> closingDay.close(AUDITOR, DeskAction.newEntryId(), TOMORROW))
                .hasMessageContaining("close " + TODAY + " first");
        assertThatThrownBy(() -> closingDay.close(AUDITOR, "not-a-form-id", TODAY))
                .hasMessageContaining("one-time ID");

        assertThat(rowCounts()).as("rows of every table of the replica").isEqualTo(before);
    }

    @Test
    @Order(2)
    void theFirstNightPostsRentToEveryGuestInHouseIncludingTheDesksOwnCheckInsAndWalkIns() {
        context.getBean(CheckingIn.class).checkIn(DESK, DeskAction.newEntryId(), "100043", "102");
        context.getBean(CheckingOut.class).checkOut(DESK, DeskAction.newEntryId(), "100044", null, null, true);
        walkIn = walkIn("104");
        var preview = closingDay.preview().orElseThrow();
        assertThat(preview.day()).isEqualTo(TODAY);
        assertThat(preview.inHouse())
                .extracting(r -> r.booking().confirmation())
                .containsExactlyInAnyOrder("100042", "100043", walkIn);

        closeOfToday = DeskAction.newEntryId();
        Done done = closingDay.close(AUDITOR, closeOfToday, TODAY);

        assertThat(done.message()).contains("RENT posted to 3 bookings (278.00)");
        assertThat(rent())
                .containsExactlyInAnyOrder(
                        "100042 " + TODAY + " 89.00", "100043 " + TODAY + " 89.00", walkIn + " " + TODAY + " 100.00");
        DayClosed closed = (DayClosed) OutageJournal.change(tx.read(
                () -> context.getBean(OutageJournal.class).entry(closeOfToday).orElseThrow()));
        assertThat(closed.arrivalsNotCheckedIn()).containsExactly("100045");
        assertThat(closed.departuresNotCheckedOut()).containsExactly("100046");
        assertThat(desk.situation().businessDate()).isEqualTo(TOMORROW);
        assertThat(desk.today().arrivals())
                .as("the booking that did not arrive is left for the next day, as the cloud leaves it")
                .extracting(b -> b.confirmation())
                .containsExactly("100045");
    }

    @Test
    @Order(3)
    void theSameFormAgainOrAFreshFormForTheClosedDayPostsNothing() {
        Map<String, Long> before = rowCounts();

        assertThat(closingDay.close(AUDITOR, closeOfToday, TODAY).repeated()).isTrue();
        assertThatThrownBy(() -> closingDay.close(AUDITOR, DeskAction.newEntryId(), TODAY))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining(TODAY + " is already closed; the business date is " + TOMORROW);

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void theSecondDaysWorkCarriesTheNewDateAndTwoClosesSentAtOnceCloseItOnce() throws Exception {
        String second = walkIn("106");
        assertThat(desk.booking(second).orElseThrow().booking().arrival()).isEqualTo(TOMORROW);

        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<Object>> sends = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ready.await();
                    return closingDay.close(AUDITOR, DeskAction.newEntryId(), TOMORROW);
                } catch (Invalid refused) {
                    return refused;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        ready.countDown();
        List<Object> answers = sends.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(Done.class::isInstance).hasSize(1);
        assertThat(answers)
                .filteredOn(Invalid.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((Invalid) e).getMessage()).contains(TOMORROW.toString()));
        assertThat(rent())
                .filteredOn(r -> r.contains(" " + TOMORROW + " "))
                .containsExactlyInAnyOrder(
                        "100042 " + TOMORROW + " 89.00",
                        "100043 " + TOMORROW + " 89.00",
                        walkIn + " " + TOMORROW + " 100.00",
                        second + " " + TOMORROW + " 100.00");
        assertThat(desk.situation().businessDate()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    @Order(5)
    void everyRentIsJournaledOnceWithItsNightAsBusinessDateBeforeItsDaysClose() {
        var entries = tx.read(() -> context.getBean(OutageJournal.class)
                .entries(desk.outage().orElseThrow().outage().id()));
        List<String> nights = entries.stream()
                .filter(e -> e.action().equals("RENT") || e.action().equals("DAY_CLOSED"))
                .map(e -> e.action() + " " + e.businessDate() + (e.bookingRef() == null ? "" : " " + e.bookingRef()))
                .toList();

        assertThat(nights)
                .containsExactly(
                        "RENT " + TODAY + " 100042",
                        "RENT " + TODAY + " 100043",
                        "RENT " + TODAY + " " + walkIn,
                        "DAY_CLOSED " + TODAY,
                        "RENT " + TOMORROW + " 100042",
                        "RENT " + TOMORROW + " 100043",
                        "RENT " + TOMORROW + " " + walkIn,
                        "RENT " + TOMORROW + " "
                                + nights.get(7).substring(nights.get(7).lastIndexOf(' ') + 1),
                        "DAY_CLOSED " + TOMORROW);
        assertThat(entries)
                .filteredOn(e -> e.action().equals("RENT"))
                .allSatisfy(e -> assertThat(e.amount()).isPositive())
                .extracting(JournalEntry::entryId)
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(6)
    void theReentryListsEachNightsRentAndCloseInJournalOrderAndTheItemsReportDatesRentByNight() {
        context.getBean(EndingOutage.class).end(AUDITOR, DeskAction.newEntryId(), "line back");
        long outageId = desk.outage().orElseThrow().outage().id();

        List<WorkItem> worklist =
                tx.write(() -> context.getBean(Worklist.class).prepare(outageId, java.time.Instant.now()));
        List<String> nightly = worklist.stream()
                .filter(i ->
                        i.entry().action().equals("RENT") || i.entry().action().equals("DAY_CLOSED"))
                .map(i -> i.entry().action() + " " + i.entry().businessDate() + " " + i.status())
                .toList();
        assertThat(nightly).hasSize(9).allSatisfy(line -> assertThat(line).endsWith("PENDING"));
        assertThat(nightly.get(3)).isEqualTo("DAY_CLOSED " + TODAY + " PENDING");
        assertThat(nightly.subList(0, 3)).allSatisfy(line -> assertThat(line).startsWith("RENT " + TODAY));
        assertThat(nightly.subList(4, 8)).allSatisfy(line -> assertThat(line).startsWith("RENT " + TOMORROW));

        StandbyReports reports = context.getBean(StandbyReports.class);
        String items = new String(
                reports.render(StandbyReports.Kind.ITEMS, "csv", reports.window(null, null))
                        .bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(items.lines().filter(l -> l.startsWith("entry,RENT,")))
                .as("each night's RENT, dated its night")
                .hasSize(7)
                .anySatisfy(l -> assertThat(l).contains("100042").contains(TODAY.toString()))
                .anySatisfy(l -> assertThat(l).contains("100042").contains(TOMORROW.toString()));
        assertThat(items).contains("subtotal,RENT,Room night,,,,,,,,,,,656.00,NOK");
    }

    private String walkIn(String room) {
        return context.getBean(TakingWalkIn.class)
                .take(
                        DESK,
                        DeskAction.newEntryId(),
                        new TakingWalkIn.WalkIn(
                                "Ada", "Lovelace", null, null, room, TODAY.plusDays(2), 1, 0, null, null, null))
                .bookingRef();
    }

    /** The RENT lines the desk posted: booking, night and amount. */
    private List<String> rent() {
        return tx.read(() -> replica.list(
                "SELECT CONFIRMATION, BUSINESS_DATE, AMOUNT FROM LOCAL_FOLIO_LINE WHERE CODE = 'RENT' ORDER BY LINE_ID",
                rs -> rs.getString(1) + " " + rs.getDate(2) + " " + rs.getBigDecimal(3),
                new Object[0]));
    }

    private Map<String, Long> rowCounts() {
        return tx.read(() -> {
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
