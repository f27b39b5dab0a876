package app.innkeep.ops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.architecture.fixtures.apps.cloudimportsstandby.cloud.ReservationFeed;
import app.innkeep.ops.architecture.fixtures.apps.standbyimportscloud.standby.ReentryWorklist;
import app.innkeep.ops.architecture.fixtures.controllers.jdbc.audit.NightAuditController;
import app.innkeep.ops.architecture.fixtures.controllers.repository.booking.GuestsController;
import app.innkeep.ops.architecture.fixtures.controllers.store.room.RoomStatusController;
import app.innkeep.ops.architecture.fixtures.cycles.loop.app.audit.AuditTrail;
import app.innkeep.ops.architecture.fixtures.cycles.loop.app.property.Properties;
import app.innkeep.ops.architecture.fixtures.cycles.loop.app.staff.StaffAccounts;
import app.innkeep.ops.architecture.fixtures.cycles.twoway.app.booking.Bookings;
import app.innkeep.ops.architecture.fixtures.cycles.twoway.app.folio.FolioLines;
import app.innkeep.ops.architecture.fixtures.entrypoints.controllercalls.app.folio.FolioController;
import app.innkeep.ops.architecture.fixtures.entrypoints.servicecalls.app.nightaudit.NightAuditService;
import app.innkeep.ops.architecture.fixtures.layout.layerbucket.app.service.BookingService;
import app.innkeep.ops.architecture.fixtures.layout.rootcontroller.app.StrayController;
import app.innkeep.ops.architecture.fixtures.model.bad.NightAuditTotals;
import app.innkeep.ops.architecture.fixtures.model.badjson.GuestName;
import app.innkeep.ops.architecture.fixtures.naming.bad.BookingManager;
import app.innkeep.ops.architecture.fixtures.naming.bad.DateUtil;
import app.innkeep.ops.architecture.fixtures.naming.bad.FolioServiceImpl;
import app.innkeep.ops.architecture.fixtures.naming.bad.RateHelper;
import app.innkeep.ops.architecture.fixtures.naming.bad.StringUtils;
import app.innkeep.ops.architecture.fixtures.reports.app.reports.FolioReport;
import app.innkeep.ops.architecture.fixtures.reports.http.reports.InvoiceDownload;
import app.innkeep.ops.architecture.fixtures.reports.jdbc.reports.ArrivalsReport;
import app.innkeep.ops.architecture.fixtures.rows.exposed.booking.BookingsController;
import app.innkeep.ops.architecture.fixtures.sql.leak.app.booking.CheckingIn;
import app.innkeep.ops.architecture.fixtures.sql.leak.app.folio.FolioTotals;
import app.innkeep.ops.architecture.fixtures.web.domainimportsweb.app.outage.OutageDesk;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * A rule that cannot fail is no rule: each house rule is applied to a deliberately violating fixture and must
 * name the offending class, and to a clean fixture, which must pass.
 */
class ArchitectureRulesCatchViolationsTest {

    static final String FIXTURES = "app.innkeep.ops.architecture.fixtures";

    @Test
    void sharedModelRuleCatchesJdbcAndJsonLibraries() {
        assertCaught(
                InnkeepArchitecture.sharedModelIsFrameworkFree(FIXTURES + ".model.bad"),
                "model.bad",
                NightAuditTotals.class);
        assertCaught(
                InnkeepArchitecture.sharedModelIsFrameworkFree(FIXTURES + ".model.badjson"),
                "model.badjson",
                GuestName.class);
        assertPasses(InnkeepArchitecture.sharedModelIsFrameworkFree(FIXTURES + ".model.good"), "model.good");
    }

    @Test
    void appIndependenceRuleCatchesCloudImportingStandby() {
        String base = FIXTURES + ".apps.cloudimportsstandby";
        assertCaught(
                InnkeepArchitecture.appsAreIndependent(base + ".cloud", base + ".standby"),
                "apps.cloudimportsstandby",
                ReservationFeed.class);
    }

    @Test
    void appIndependenceRuleCatchesStandbyImportingCloud() {
        String base = FIXTURES + ".apps.standbyimportscloud";
        assertCaught(
                InnkeepArchitecture.appsAreIndependent(base + ".cloud", base + ".standby"),
                "apps.standbyimportscloud",
                ReentryWorklist.class);
    }

    @Test
    void appIndependenceRuleLetsAppsShareTheModel() {
        String base = FIXTURES + ".apps.clean";
        assertPasses(InnkeepArchitecture.appsAreIndependent(base + ".cloud", base + ".standby"), "apps.clean");
    }

    @Test
    void reportsRuleCatchesJdbcHttpAndAppDependencies() {
        assertCaught(reportsRule("jdbc"), "reports.jdbc", ArrivalsReport.class);
        assertCaught(reportsRule("http"), "reports.http", InvoiceDownload.class);
        assertCaught(reportsRule("app"), "reports.app", FolioReport.class);
        assertPasses(reportsRule("clean"), "reports.clean");
    }

    private static ArchRule reportsRule(String fixture) {
        String base = FIXTURES + ".reports." + fixture;
        return InnkeepArchitecture.reportsArePlain(base + ".reports", base + ".cloud", base + ".standby");
    }

    @Test
    void namingRuleCatchesEveryForbiddenSuffix() {
        ArchRule rule = InnkeepArchitecture.classesAreNamedForWhatTheyAre(FIXTURES + ".naming");
        assertCaught(
                rule,
                "naming",
                BookingManager.class,
                RateHelper.class,
                DateUtil.class,
                StringUtils.class,
                FolioServiceImpl.class);
        assertPasses(InnkeepArchitecture.classesAreNamedForWhatTheyAre(FIXTURES + ".naming.good"), "naming.good");
    }

    @Test
    void thinControllerRuleCatchesRepositoryUse() {
        String base = FIXTURES + ".controllers.repository";
        assertCaught(InnkeepArchitecture.controllersAreThin(base), "controllers.repository", GuestsController.class);
    }

    @Test
    void thinControllerRuleCatchesJdbcUse() {
        String base = FIXTURES + ".controllers.jdbc";
        assertCaught(InnkeepArchitecture.controllersAreThin(base), "controllers.jdbc", NightAuditController.class);
    }

    @Test
    void thinControllerRuleCatchesControllersCallingAPlainJdbcStore() {
        String base = FIXTURES + ".controllers.store";
        assertCaught(InnkeepArchitecture.controllersAreThin(base), "controllers.store", RoomStatusController.class);
    }

    @Test
    void thinControllerRuleLetsControllersCallServices() {
        String base = FIXTURES + ".controllers.clean";
        assertPasses(InnkeepArchitecture.controllersAreThin(base), "controllers.clean");
    }

    @Test
    void packageByFeatureRuleCatchesControllerInAppRoot() {
        String app = FIXTURES + ".layout.rootcontroller.app";
        assertCaught(InnkeepArchitecture.codeIsPackagedByFeature(app), "layout.rootcontroller", StrayController.class);
    }

    @Test
    void packageByFeatureRuleCatchesLayerBuckets() {
        String app = FIXTURES + ".layout.layerbucket.app";
        assertCaught(InnkeepArchitecture.codeIsPackagedByFeature(app), "layout.layerbucket", BookingService.class);
    }

    @Test
    void packageByFeatureRuleLetsFeaturePackagesPass() {
        String app = FIXTURES + ".layout.clean.app";
        assertPasses(InnkeepArchitecture.codeIsPackagedByFeature(app), "layout.clean");
    }

    @Test
    void rowRuleCatchesControllerReturningARow() {
        String base = FIXTURES + ".rows.exposed";
        assertCaught(InnkeepArchitecture.controllersDoNotExposeRows(base), "rows.exposed", BookingsController.class);
    }

    @Test
    void rowRuleLetsServicesMapRowsToResponses() {
        String base = FIXTURES + ".rows.clean";
        assertPasses(InnkeepArchitecture.controllersDoNotExposeRows(base), "rows.clean");
    }

    @Test
    void cycleRuleCatchesTwoPackagesUsingEachOther() {
        String app = FIXTURES + ".cycles.twoway.app";
        assertCaught(InnkeepArchitecture.slicesAreFreeOfCycles(app), "cycles.twoway", Bookings.class, FolioLines.class);
    }

    @Test
    void cycleRuleCatchesALoopRoundThreePackages() {
        String app = FIXTURES + ".cycles.loop.app";
        assertCaught(
                InnkeepArchitecture.slicesAreFreeOfCycles(app),
                "cycles.loop",
                AuditTrail.class,
                Properties.class,
                StaffAccounts.class);
    }

    @Test
    void cycleRuleLetsArrowsPointOneWay() {
        String app = FIXTURES + ".cycles.oneway.app";
        assertPasses(InnkeepArchitecture.slicesAreFreeOfCycles(app), "cycles.oneway");
    }

    @Test
    void webRuleCatchesTheDomainThrowingWebsInputError() {
        String app = FIXTURES + ".web.domainimportsweb.app";
        assertCaught(InnkeepArchitecture.nothingDependsOnWeb(app), "web.domainimportsweb", OutageDesk.class);
    }

    @Test
    void webRuleLetsWebCallTheFeaturesAndCatchTheirInputError() {
        String app = FIXTURES + ".web.clean.app";
        assertPasses(InnkeepArchitecture.nothingDependsOnWeb(app), "web.clean");
    }

    @Test
    void controllerRuleCatchesAServiceCallingAController() {
        String app = FIXTURES + ".entrypoints.servicecalls.app";
        assertCaught(
                InnkeepArchitecture.nothingDependsOnControllers(app),
                "entrypoints.servicecalls",
                NightAuditService.class);
    }

    @Test
    void controllerRuleCatchesAControllerUsingAnothersNestedType() {
        String app = FIXTURES + ".entrypoints.controllercalls.app";
        assertCaught(
                InnkeepArchitecture.nothingDependsOnControllers(app),
                "entrypoints.controllercalls",
                FolioController.class);
    }

    @Test
    void controllerRuleLetsAControllerAndItsNestedTypesUseEachOther() {
        String app = FIXTURES + ".entrypoints.clean.app";
        assertPasses(InnkeepArchitecture.nothingDependsOnControllers(app), "entrypoints.clean");
    }

    @Test
    void sqlRuleCatchesSqlOutsideStores() {
        assertCaught(
                InnkeepArchitecture.sqlOnlyInStores(FIXTURES + ".sql.leak.app"),
                "sql.leak",
                CheckingIn.class,
                FolioTotals.class);
        assertPasses(InnkeepArchitecture.sqlOnlyInStores(FIXTURES + ".sql.clean.app"), "sql.clean");
    }

    private static EvaluationResult evaluate(ArchRule rule, String fixture) {
        return rule.evaluate(new ClassFileImporter().importPackages(FIXTURES + "." + fixture));
    }

    private static void assertCaught(ArchRule rule, String fixture, Class<?>... offenders) {
        EvaluationResult result = evaluate(rule, fixture);
        assertThat(result.hasViolation())
                .as("%s must catch fixture %s", rule.getDescription(), fixture)
                .isTrue();
        for (Class<?> offender : offenders) {
            assertThat(result.getFailureReport().getDetails())
                    .as("violations reported for fixture %s", fixture)
                    .anyMatch(detail -> detail.contains("<" + offender.getName()));
        }
    }

    private static void assertPasses(ArchRule rule, String fixture) {
        EvaluationResult result = evaluate(rule, fixture);
        assertThat(result.getFailureReport().getDetails())
                .as("%s on clean fixture %s", rule.getDescription(), fixture)
                .isEmpty();
    }
}
