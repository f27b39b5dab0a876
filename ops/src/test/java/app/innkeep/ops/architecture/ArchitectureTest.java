package app.innkeep.ops.architecture;

import static app.innkeep.ops.architecture.InnkeepArchitecture.appsAreIndependent;
import static app.innkeep.ops.architecture.InnkeepArchitecture.classesAreNamedForWhatTheyAre;
import static app.innkeep.ops.architecture.InnkeepArchitecture.codeIsPackagedByFeature;
import static app.innkeep.ops.architecture.InnkeepArchitecture.controllersAreThin;
import static app.innkeep.ops.architecture.InnkeepArchitecture.controllersDoNotExposeRows;
import static app.innkeep.ops.architecture.InnkeepArchitecture.nothingDependsOnControllers;
import static app.innkeep.ops.architecture.InnkeepArchitecture.nothingDependsOnWeb;
import static app.innkeep.ops.architecture.InnkeepArchitecture.reportsArePlain;
import static app.innkeep.ops.architecture.InnkeepArchitecture.sharedModelIsFrameworkFree;
import static app.innkeep.ops.architecture.InnkeepArchitecture.slicesAreFreeOfCycles;
import static app.innkeep.ops.architecture.InnkeepArchitecture.sqlOnlyInStores;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applies the house rules to the production code of every module. Rules over packages that may still be empty
 * (the standby and reports are being filled by later issues) allow an empty selection.
 */
class ArchitectureTest {

    static final String ROOT = "app.innkeep";
    static final String MODEL = "app.innkeep.model";
    static final String REPORTS = "app.innkeep.reports";
    static final String CLOUD = "app.innkeep.cloud";
    static final String STANDBY = "app.innkeep.standby";

    static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void productionCodeOfTheAppsIsImported() {
        // Guards the rules below against passing vacuously because nothing was imported.
        assertThat(production.containPackage(CLOUD)).isTrue();
        assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("app.innkeep.ops.architecture")))
                .as("test classes (and their deliberately bad fixtures) are not part of the production import")
                .isFalse();
    }

    @Test
    void sharedModelDependsOnNoFramework() {
        sharedModelIsFrameworkFree(MODEL).allowEmptyShould(true).check(production);
    }

    @Test
    void cloudAndStandbyNeverImportEachOther() {
        appsAreIndependent(CLOUD, STANDBY).allowEmptyShould(true).check(production);
    }

    @Test
    void reportsDependOnNoAppNorHttpNorJdbc() {
        reportsArePlain(REPORTS, CLOUD, STANDBY).allowEmptyShould(true).check(production);
    }

    @Test
    void noManagersHelpersUtilsOrImpls() {
        classesAreNamedForWhatTheyAre(ROOT).check(production);
    }

    @Test
    void controllersCallServicesNotRepositoriesOrJdbc() {
        controllersAreThin(CLOUD, STANDBY).allowEmptyShould(true).check(production);
    }

    @Test
    void codeIsPackagedByFeatureNotByLayer() {
        codeIsPackagedByFeature(CLOUD, STANDBY).allowEmptyShould(true).check(production);
    }

    @Test
    void controllersNeverExposePersistenceRows() {
        controllersDoNotExposeRows(CLOUD, STANDBY).allowEmptyShould(true).check(production);
    }

    @Test
    void standbyPackagesDependOnEachOtherOneWayOnly() {
        slicesAreFreeOfCycles(STANDBY).check(production);
    }

    @Test
    void cloudPackagesDependOnEachOtherOneWayOnly() {
        slicesAreFreeOfCycles(CLOUD).check(production);
    }

    @Test
    void nothingInTheStandbyDependsOnWeb() {
        nothingDependsOnWeb(STANDBY).check(production);
    }

    @Test
    void sqlLivesOnlyInStores() {
        sqlOnlyInStores(CLOUD, STANDBY).check(production);
    }

    @Test
    void nothingCallsAController() {
        nothingDependsOnControllers(CLOUD, STANDBY).check(production);
    }

    /**
     * The feed's lane answers standbys' polls in front of Micronaut's filters (ADR 0025), so it must do itself what
     * they do to a feed answer. A new server filter fails here until someone decides whether the lane must do it too
     * (then changes {@code FeedLane}) and adds the filter to this list.
     */
    @Test
    void theFeedLaneKnowsEveryServerFilterOfTheCloud() {
        var filters = production.stream()
                .filter(c -> c.getPackageName().startsWith(CLOUD))
                .filter(c -> c.isAnnotatedWith("io.micronaut.http.annotation.ServerFilter")
                        || c.isAssignableTo("io.micronaut.http.filter.HttpServerFilter"))
                .map(c -> c.getSimpleName())
                .sorted()
                .toList();
        assertThat(filters)
                .as("the cloud's server filters; the feed lane (ADR 0025) does what each does to a feed answer:"
                        + " SecurityHeaders (its headers), FeedMeters (its meters), ServerErrors (only 5xx, which the"
                        + " lane never sends), RequestScreening (the lane takes only plain numbers and codes),"
                        + " CrossSitePageRefusal (pages' forms only)")
                .containsExactly(
                        "CrossSitePageRefusal", "FeedMeters", "RequestScreening", "SecurityHeaders", "ServerErrors");
    }
}
