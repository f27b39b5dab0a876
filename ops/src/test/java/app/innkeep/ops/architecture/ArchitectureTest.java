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
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;
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

    /**
     * Arrows that close a loop today, kept out of the cycle rules until they are gone. Each names the arrow that
     * points up; {@link #everyKnownArrowStillExists} fails once one is gone, so its line is deleted then. Add none.
     */
    static final List<KnownArrow> KNOWN_ARROWS = List.of(
            // The cloud's two-way pairs, found when the cycle rule was added (issue 15).
            new KnownArrow(CLOUD + ".audit", CLOUD + ".property"),
            new KnownArrow(CLOUD + ".booking", CLOUD + ".folio"),
            new KnownArrow(CLOUD + ".property", CLOUD + ".masterdata"),
            new KnownArrow(CLOUD + ".property", CLOUD + ".staff"),
            // The feed and the snapshot read the tables of the features that write to the outbox.
            new KnownArrow(CLOUD + ".feed", CLOUD + ".masterdata"),
            new KnownArrow(CLOUD + ".feed", CLOUD + ".room"),
            new KnownArrow(CLOUD + ".feed", CLOUD + ".pairing"));

    /** From any class in a package to a package or a class (with its nested classes). */
    record KnownArrow(String fromPackage, String to) {
        DescribedPredicate<JavaClass> origin() {
            return resideInAPackage(fromPackage + "..");
        }

        DescribedPredicate<JavaClass> target() {
            return DescribedPredicate.describe(
                    to,
                    c -> c.getName().equals(to)
                            || c.getName().startsWith(to + ".")
                            || c.getName().startsWith(to + "$"));
        }

        boolean existsIn(JavaClasses classes) {
            return classes.stream()
                    .filter(origin())
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> target().test(d.getTargetClass().getBaseComponentType()));
        }
    }

    private static SliceRule withoutKnownArrows(SliceRule rule) {
        for (KnownArrow arrow : KNOWN_ARROWS) {
            rule = rule.ignoreDependency(arrow.origin(), arrow.target());
        }
        return rule;
    }

    @Test
    void standbyPackagesDependOnEachOtherOneWayOnly() {
        withoutKnownArrows(slicesAreFreeOfCycles(STANDBY)).check(production);
    }

    @Test
    void cloudPackagesDependOnEachOtherOneWayOnly() {
        withoutKnownArrows(slicesAreFreeOfCycles(CLOUD)).check(production);
    }

    @Test
    void everyKnownArrowStillExists() {
        assertThat(KNOWN_ARROWS)
                .as("a known arrow that is gone: delete its line from KNOWN_ARROWS")
                .allMatch(arrow -> arrow.existsIn(production));
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
}
