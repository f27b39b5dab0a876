package app.innkeep.ops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The house rules of STYLE.md as ArchUnit rules. Each factory takes the packages it guards, so the same
 * rule is applied to the real code ({@code ArchitectureTest}) and to deliberately bad fixtures
 * ({@code ArchitectureRulesCatchViolationsTest}). Package names are given without trailing {@code ..}.
 */
public final class InnkeepArchitecture {

    // Annotations are matched by name so the rules don't need the framework classes loaded.
    static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    static final String JDBC_REPOSITORY = "io.micronaut.data.jdbc.annotation.JdbcRepository";

    static final List<String> FRAMEWORK_PACKAGES = List.of(
            "io.micronaut..", "jakarta..", "java.sql..", "javax.sql..", "com.fasterxml..", "net.sf.jasperreports..");

    static final List<String> JDBC_PACKAGES = List.of("java.sql..", "javax.sql..");

    static final List<String> FORBIDDEN_NAME_SUFFIXES = List.of("Manager", "Helper", "Util", "Utils", "Impl");

    static final List<String> LAYER_PACKAGE_NAMES = List.of(
            "controller",
            "controllers",
            "service",
            "services",
            "repository",
            "repositories",
            "model",
            "entity",
            "entities");

    /**
     * The apps' stores (Rooms, Bookings, FolioLines...) are plain classes over a hand-written SQL gateway named
     * {@code Db} in a {@code db} package; a class that calls it directly is a store, whatever its name.
     */
    static final DescribedPredicate<JavaClass> USE_THE_SQL_GATEWAY =
            new DescribedPredicate<>("are stores over the SQL gateway (use a ..db.Db directly)") {
                @Override
                public boolean test(JavaClass javaClass) {
                    return javaClass.getDirectDependenciesFromSelf().stream()
                            .map(d -> d.getTargetClass())
                            .anyMatch(target -> target.getSimpleName().equals("Db")
                                    && target.getPackageName().endsWith(".db")
                                    && !target.equals(javaClass));
                }
            };

    private InnkeepArchitecture() {}

    /** a. The shared model is the contract both apps speak: plain Java, no framework, no JDBC, no JSON library. */
    public static ArchRule sharedModelIsFrameworkFree(String modelPackage) {
        return noClasses()
                .that()
                .resideInAPackage(modelPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
                .because("the shared model is used by the cloud and the standby alike and must stay framework-free");
    }

    /** b. The cloud service and the desktop standby never import each other; they share only the model. */
    public static ArchRule appsAreIndependent(String cloudPackage, String standbyPackage) {
        return CompositeArchRule.of(doesNotDependOn(cloudPackage, standbyPackage))
                .and(doesNotDependOn(standbyPackage, cloudPackage));
    }

    private static ArchRule doesNotDependOn(String from, String to) {
        return noClasses()
                .that()
                .resideInAPackage(from + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(to + "..")
                .because("the cloud and the standby are separate apps that talk only over the wire");
    }

    /** c. Reports are filled from plain data: no app code, no HTTP, no database. */
    public static ArchRule reportsArePlain(String reportsPackage, String... appPackages) {
        Stream<String> apps = Arrays.stream(appPackages).map(app -> app + "..");
        Stream<String> technical = Stream.of("io.micronaut.http..", "java.sql..", "javax.sql..");
        return noClasses()
                .that()
                .resideInAPackage(reportsPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(Stream.concat(apps, technical).toArray(String[]::new))
                .because("reports are filled from plain data handed to them, by either app");
    }

    /** d. Classes say what they are in the hotel's words: no Manager, Helper, Util(s) or Impl. */
    public static ArchRule classesAreNamedForWhatTheyAre(String rootPackage) {
        var should = noClasses()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .haveSimpleNameEndingWith(FORBIDDEN_NAME_SUFFIXES.getFirst());
        for (String suffix : FORBIDDEN_NAME_SUFFIXES.subList(1, FORBIDDEN_NAME_SUFFIXES.size())) {
            should = should.orShould().haveSimpleNameEndingWith(suffix);
        }
        return should.because("a name should say what a class is, in the hotel's words");
    }

    /**
     * e. Controllers translate and call a service: they touch neither Micronaut Data repositories nor JDBC. (A
     * wider rule, "nor any class using JDBC", was tried and dropped: use-case services legitimately open
     * transactions over {@code java.sql.Connection}, so it flagged controllers calling them.)
     */
    public static ArchRule controllersAreThin(String... appPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(withSubpackages(appPackages))
                .and()
                .areAnnotatedWith(CONTROLLER)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(JDBC_REPOSITORY)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(JDBC_PACKAGES.toArray(String[]::new))
                .orShould()
                .dependOnClassesThat(USE_THE_SQL_GATEWAY)
                .because("controllers translate HTTP and call one service method");
    }

    /**
     * f. Package by feature, not by layer: no controller directly in an app's root package, and no top-level
     * layer buckets such as {@code app.innkeep.cloud.controller} or {@code app.innkeep.cloud.repository}.
     */
    public static ArchRule codeIsPackagedByFeature(String... appPackages) {
        ArchRule noRootControllers = noClasses()
                .that()
                .areAnnotatedWith(CONTROLLER)
                .should()
                .resideInAnyPackage(appPackages)
                .because("a controller belongs to the feature package it serves")
                // An app without any controller (yet) trivially keeps this part of the rule.
                .allowEmptyShould(true);
        String[] layerBuckets = Arrays.stream(appPackages)
                .flatMap(app -> LAYER_PACKAGE_NAMES.stream().map(layer -> app + "." + layer + ".."))
                .toArray(String[]::new);
        ArchRule noLayerBuckets = noClasses()
                .should()
                .resideInAnyPackage(layerBuckets)
                .because("code is packaged by feature (booking, folio, ...), not by layer");
        return CompositeArchRule.of(noRootControllers).and(noLayerBuckets);
    }

    /** g. Persistence records ({@code *Row}) never travel over HTTP; controllers use Request/Response DTOs. */
    public static ArchRule controllersDoNotExposeRows(String... appPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(withSubpackages(appPackages))
                .and()
                .areAnnotatedWith(CONTROLLER)
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Row")
                .because("entities are never sent over HTTP; map them to *Response records");
    }

    /**
     * h. Arrows point one way: no two packages directly below an app's root ({@code booking}, {@code folio},
     * {@code sync}...) depend on each other, directly or round a longer loop.
     */
    public static SliceRule slicesAreFreeOfCycles(String appPackage) {
        return slices().matching(appPackage + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .because("a package that both uses and is used by another can be neither read nor changed on its own");
    }

    /**
     * i. {@code web} (pages, forms, the JSON API, problem handlers) is the top of an app that has one: it calls the
     * features, and nothing else imports it. The domain throws its own input error, which web maps to a page or to
     * problem+json.
     */
    public static ArchRule nothingDependsOnWeb(String appPackage) {
        String web = appPackage + ".web..";
        return noClasses()
                .that()
                .resideInAPackage(appPackage + "..")
                .and()
                .resideOutsideOfPackage(web)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(web)
                .because("web is the top layer: the features below it must not know how they are shown");
    }

    /**
     * j. Controllers are where requests come in, the top of every feature: no class calls one or uses its types,
     * not even another controller. A controller's own nested types and the bean definitions Micronaut generates for
     * it ({@code $BookingController$Definition}) are part of it.
     */
    public static ArchRule nothingDependsOnControllers(String... appPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(withSubpackages(appPackages))
                .should(DEPEND_ON_ANOTHER_CLASS_S_CONTROLLER)
                .because("a controller translates HTTP for one feature; what others need belongs in a service");
    }

    static final ArchCondition<JavaClass> DEPEND_ON_ANOTHER_CLASS_S_CONTROLLER =
            new ArchCondition<>("depend on a controller (other than through its own nested or generated classes)") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        controllerOf(dependency.getTargetClass().getBaseComponentType())
                                .filter(controller -> !belongsTo(origin, controller))
                                .ifPresent(controller -> events.add(
                                        SimpleConditionEvent.satisfied(dependency, dependency.getDescription())));
                    }
                }
            };

    /** The controller a class is, or is nested in. */
    private static Optional<JavaClass> controllerOf(JavaClass javaClass) {
        for (Optional<JavaClass> c = Optional.of(javaClass);
                c.isPresent();
                c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(CONTROLLER)) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** Whether a class is the controller, nested in it, or generated for it by Micronaut (same package, {@code $Name$...}). */
    private static boolean belongsTo(JavaClass origin, JavaClass controller) {
        String name = origin.getName();
        return name.equals(controller.getName())
                || name.startsWith(controller.getName() + "$")
                || name.startsWith(controller.getPackageName() + ".$" + controller.getSimpleName() + "$");
    }

    /**
     * k. SQL lives only in stores: a class that calls the SQL gateway ({@code Db}, {@code Replica},
     * {@code ReplicaBatch}), Micronaut's {@code JdbcOperations} or JDBC itself is marked {@code @Store} or is a Micronaut
     * Data {@code @JdbcRepository} (its nested classes and lambdas count as the store). The gateway's own package
     * ({@code ..db}, {@code ..store}) is the plumbing every store sits on. Services, use cases and controllers ask
     * stores in the hotel's words.
     */
    public static ArchRule sqlOnlyInStores(String... appPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(withSubpackages(appPackages))
                .and(DescribedPredicate.not(ARE_STORES))
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "the SQL gateway, JdbcOperations or JDBC", call -> IS_SQL_ACCESS.test(call.getTargetOwner())))
                .because("a newcomer finds a feature's SQL in its store, and services read in the hotel's words");
    }

    /** The gateway and JDBC types whose methods run SQL. */
    static final DescribedPredicate<JavaClass> IS_SQL_ACCESS = DescribedPredicate.describe(
            "SQL access",
            c -> JDBC_PACKAGES.stream().anyMatch(p -> c.getPackageName().startsWith(p.replace("..", "")))
                    || c.getName().equals("io.micronaut.data.jdbc.runtime.JdbcOperations")
                    || (List.of("Db", "Replica", "ReplicaBatch").contains(c.getSimpleName())
                            && isGatewayPackage(c.getPackageName())));

    /** A store, nested in one, or the gateway's own package. */
    static final DescribedPredicate<JavaClass> ARE_STORES =
            DescribedPredicate.describe("stores (@Store, @JdbcRepository, the gateway package)", javaClass -> {
                if (isGatewayPackage(javaClass.getPackageName())) {
                    return true;
                }
                for (Optional<JavaClass> c = Optional.of(javaClass);
                        c.isPresent();
                        c = c.get().getEnclosingClass()) {
                    boolean store = c.get().getAnnotations().stream()
                            .anyMatch(a -> a.getRawType().getSimpleName().equals("Store")
                                    || a.getRawType().getName().equals(JDBC_REPOSITORY));
                    if (store) {
                        return true;
                    }
                }
                return false;
            });

    private static boolean isGatewayPackage(String packageName) {
        return packageName.endsWith(".db") || packageName.endsWith(".store");
    }

    private static String[] withSubpackages(String... packages) {
        return Arrays.stream(packages).map(p -> p + "..").toArray(String[]::new);
    }
}
