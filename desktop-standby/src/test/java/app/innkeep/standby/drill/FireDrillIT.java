package app.innkeep.standby.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.CheckingIn;
import app.innkeep.standby.outage.CloudWatch;
import app.innkeep.standby.outage.DeskAction;
import app.innkeep.standby.outage.EndingOutage;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.outage.StartingOutage;
import app.innkeep.standby.outage.TakingPayment;
import app.innkeep.standby.outage.TakingWalkIn;
import app.innkeep.standby.reporting.Printouts;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.DrillCopy;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.ReplicaBackup;
import app.innkeep.standby.store.ReplicaFingerprint;
import app.innkeep.standby.store.ReplicaFingerprint.TableSum;
import app.innkeep.standby.store.ReplicaRoute;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import app.innkeep.standby.support.TestClock;
import app.innkeep.standby.sync.SyncOutcome;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncTrigger;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fire drill on a real encrypted replica, with a real HTTP server standing in for the cloud that counts every
 * request it gets: the desk plays an outage on a throw-away copy, and afterwards the replica is exactly as before, the
 * real journal has no new entry, and the cloud heard nothing.
 */
class FireDrillIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    HttpServer cloud;
    final AtomicInteger cloudRequests = new AtomicInteger();
    Path dataDir;
    ApplicationContext context;

    @BeforeEach
    void start() throws IOException {
        cloud = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloud.createContext("/", exchange -> {
            cloudRequests.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        cloud.start();
        dataDir = Files.createTempDirectory("innkeep-drill-");
        context = standby();
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102", "103")
                .roomType("STD", "Standard", "100.00")
                .source("WALKIN", "Walk-in")
                .receiptType("VISA", "Visa", true)
                .booking(StandbyHotel.reserved("100042").arriving(TODAY).leaving(TODAY.plusDays(2)));
        write(
                "UPDATE SYNC_STATE SET CLOUD_URL = ?",
                "http://127.0.0.1:" + cloud.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        if (context != null && context.isRunning()) {
            context.close();
        }
        cloud.stop(0);
    }

    @Test
    void aNightAuditorsDrillLeavesTheStandbyExactlyAsBeforeAndReportsEachStep() throws IOException {
        Map<String, TableSum> before = fingerprint();
        assertThat(before).containsKeys("BOOKING", "OUTAGE_JOURNAL", "LOCAL_BOOKING", "SYNC_STATE");

        var started = bean(StartingDrill.class).start(AUDITOR, DeskAction.newEntryId(), "new clerk's first outage");
        assertThat(started.repeated()).isFalse();
        FrontDesk desk = bean(FrontDesk.class);
        assertThat(bean(ReplicaRoute.class).onDrillCopy()).isTrue();
        assertThat(desk.situation().outageMode())
                .as("the drill plays an outage")
                .isTrue();
        assertThat(desk.situation().outage().reason()).startsWith("FIRE DRILL: new clerk's first outage");

        // The new clerk's outage, on the copy.
        TestClock clock = bean(TestClock.class);
        clock.advance(Duration.ofMinutes(3));
        var walkIn = bean(TakingWalkIn.class)
                .take(
                        DESK,
                        DeskAction.newEntryId(),
                        new TakingWalkIn.WalkIn(
                                "Ada", "Lovelace", null, null, "101", TODAY.plusDays(1), 1, 0, null, null, null));
        assertThat(walkIn.bookingRef()).matches("D\\d{4,}");
        clock.advance(Duration.ofMinutes(2));
        bean(CheckingIn.class).checkIn(DESK, DeskAction.newEntryId(), "100042", "102");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> bean(TakingPayment.class)
                        .take(
                                DESK,
                                DeskAction.newEntryId(),
                                walkIn.bookingRef(),
                                "VISA",
                                new BigDecimal("100.00"),
                                "4111111111111111",
                                null,
                                false))
                .isInstanceOf(Invalid.class);
        bean(Drills.class).refused("dana", "payment", "cardLast4: full card numbers are never accepted");
        bean(TakingPayment.class)
                .take(
                        DESK,
                        DeskAction.newEntryId(),
                        walkIn.bookingRef(),
                        "VISA",
                        new BigDecimal("100.00"),
                        "4242",
                        null,
                        false);
        clock.advance(Duration.ofSeconds(30));
        byte[] folio = bean(Printouts.class).folio(walkIn.bookingRef()).orElseThrow();
        bean(Drills.class).printed("dana", "folio-" + walkIn.bookingRef() + ".pdf");
        try (var pdf = Loader.loadPDF(folio)) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .as("a drill's paper says so")
                    .contains("FIRE DRILL")
                    .contains("Data as of");
        }

        // Nothing goes to the cloud: not the sync, not the outage watch.
        var run = bean(SyncService.class).sync(SyncTrigger.MANUAL);
        assertThat(run.result()).isEqualTo(SyncOutcome.SKIPPED);
        assertThat(run.message()).contains("a fire drill is running");
        bean(CloudWatch.class).probe();
        String cloudUrl = "http://127.0.0.1:" + cloud.getAddress().getPort();
        assertThatThrownBy(() -> bean(CloudClient.class).pair(cloudUrl, "K7QM-4XD2", "Front desk PC"))
                .isInstanceOf(CloudClient.CloudPaused.class)
                .hasMessageContaining("a fire drill is running");
        assertThatThrownBy(() -> bean(CloudClient.class).feedPage(cloudUrl, "SEA", "cred", 10, 100))
                .isInstanceOf(CloudClient.CloudUnreachable.class)
                .hasMessageContaining("nothing was sent to the cloud");
        assertThatThrownBy(() -> bean(ReplicaBackup.class).backupNow())
                .as("a backup now would save the drill's make-believe")
                .hasMessageContaining("a fire drill is running");

        clock.advance(Duration.ofMinutes(1));
        var ended = bean(EndingDrill.class).end(AUDITOR, DeskAction.newEntryId(), "went well");
        DrillReport report = ended.report();

        assertThat(cloudRequests.get())
                .as("requests the cloud got during the drill")
                .isZero();
        assertThat(bean(ReplicaRoute.class).onDrillCopy()).isFalse();
        assertThat(bean(DrillCopy.class).folder()).doesNotExist();
        assertThat(desk.situation().outageMode())
                .as("no outage on the real replica")
                .isFalse();
        assertThat(desk.booking(walkIn.bookingRef()))
                .as("the drill's walk-in is gone")
                .isEmpty();
        assertThat(fingerprint()).as("every table, row for row").isEqualTo(before);
        assertThat(report.replicaUnchanged()).isTrue();
        assertThat(report.journal().orElseThrow().rowsAfter())
                .isEqualTo(before.get("OUTAGE_JOURNAL").rows());

        assertThat(report.drill().state()).isEqualTo(DrillState.ENDED);
        assertThat(report.done())
                .extracting(DrillStep::action)
                .containsExactly("OUTAGE_STARTED", "WALK_IN", "CHECK_IN", "PAYMENT", "PRINTED");
        assertThat(report.refused())
                .singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("full card numbers"));
        assertThat(report.milestones())
                .extracting(m ->
                        m.label() + " " + m.step().map(DrillStep::elapsedText).orElse("not done"))
                .containsExactly(
                        "First check-in +5:00",
                        "First walk-in +3:00",
                        "First payment +6:00",
                        "First printout or report +6:30");
        assertThat(report.done().get(1).username()).isEqualTo("dana");

        // The report is kept: read back from the real replica.
        assertThat(bean(DrillReports.class)
                        .report(report.drill().id())
                        .orElseThrow()
                        .steps())
                .hasSize(6);
    }

    @Test
    void startingTwiceDuringARealOutageOrAsFrontDeskAndEndingNoneAreRefusedClearly() {
        StartingDrill starting = bean(StartingDrill.class);
        EndingDrill ending = bean(EndingDrill.class);
        assertThatThrownBy(() -> ending.end(AUDITOR, DeskAction.newEntryId(), null))
                .isInstanceOf(Invalid.class)
                .hasMessage("no fire drill is running");
        assertThatThrownBy(() -> starting.start(DESK, DeskAction.newEntryId(), null))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("only a night auditor or an admin");

        String form = DeskAction.newEntryId();
        var first = starting.start(AUDITOR, form, null);
        assertThat(starting.start(AUDITOR, form, null).repeated())
                .as("the same form sent again")
                .isTrue();
        assertThatThrownBy(() -> starting.start(AUDITOR, DeskAction.newEntryId(), null))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("a fire drill is already running");
        assertThatThrownBy(() -> ending.end(DESK, DeskAction.newEntryId(), null))
                .hasMessageContaining("only a night auditor or an admin");
        String end = DeskAction.newEntryId();
        var ended = ending.end(AUDITOR, end, null);
        assertThat(ending.end(AUDITOR, end, null).repeated()).isTrue();
        assertThat(ended.report().drill().id()).isEqualTo(first.drill().id());

        bean(StartingOutage.class).start(DESK, DeskAction.newEntryId(), "internet down");
        Map<String, TableSum> before = fingerprint();
        assertThatThrownBy(() -> starting.start(AUDITOR, DeskAction.newEntryId(), null))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("outage mode is on for real");
        assertThat(fingerprint()).as("a refused start writes nothing").isEqualTo(before);
        bean(EndingOutage.class).end(AUDITOR, DeskAction.newEntryId(), null);
        assertThat(cloudRequests.get()).isZero();
    }

    @Test
    void aStandbyRestartedInTheMiddleOfADrillDiscardsItCleanly() {
        Map<String, TableSum> before = fingerprint();
        bean(StartingDrill.class).start(AUDITOR, DeskAction.newEntryId(), "power cut practice");
        var walkIn = bean(TakingWalkIn.class)
                .take(
                        DESK,
                        DeskAction.newEntryId(),
                        new TakingWalkIn.WalkIn(
                                "Ada", "Lovelace", null, null, "101", TODAY.plusDays(1), 1, 0, null, null, null));
        assertThat(bean(DrillCopy.class).folder()).exists();

        // The standby stops without ending the drill, and starts again on the same data folder.
        context.close();
        context = standby();

        assertThat(bean(ReplicaRoute.class).onDrillCopy()).isFalse();
        assertThat(bean(Drills.class).current()).isEmpty();
        assertThat(bean(DrillCopy.class).folder()).doesNotExist();
        assertThat(bean(FrontDesk.class).booking(walkIn.bookingRef())).isEmpty();
        assertThat(bean(FrontDesk.class).situation().outageMode()).isFalse();
        Drill abandoned = bean(DrillReports.class).recent().getFirst();
        assertThat(abandoned.state()).isEqualTo(DrillState.ABANDONED);
        assertThat(abandoned.note()).contains("the standby stopped during the drill");
        assertThat(bean(DrillReports.class).report(abandoned.id()).orElseThrow().replicaUnchanged())
                .isTrue();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(cloudRequests.get()).isZero();
    }

    private ApplicationContext standby() {
        return StandbyContext.start(Map.of("innkeep.standby.data-dir", dataDir.toString()));
    }

    private Map<String, TableSum> fingerprint() {
        return bean(ReplicaFingerprint.class).of(bean(ReplicaRoute.class).replica(), DrillStore.NOT_COMPARED);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private void write(String sql, Object... params) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        tx.executeWrite(s -> bean(Replica.class).update(sql, params));
    }
}
