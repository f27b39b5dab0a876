package app.innkeep.cloud.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.inject.BeanDefinitionReference;
import io.micronaut.management.endpoint.annotation.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing internal to strangers, nor to staff: {@code /health} says UP or DOWN and nothing else (no JDBC URL, data
 * folder, database product or disk sizes), and every other management endpoint Micronaut has on the class path is off:
 * 404 for anonymous callers, property staff and support alike, never a 500.
 */
abstract class ManagementEndpointsIT extends CloudIT {

    /** The endpoints the testers named, whether or not their module is on the class path today. */
    static final Set<String> NAMED =
            Set.of("beans", "routes", "info", "threaddump", "refresh", "env", "loggers", "metrics", "stop", "caches");

    record Caller(String name, String token) {}

    final List<Caller> callers = new ArrayList<>();

    @BeforeAll
    void callers() {
        String support = supportToken();
        TestHotel sea = TestHotel.open(api(), support, "SEA", "2026-03-10");
        callers.add(new Caller("anonymous", null));
        callers.add(new Caller("front desk", sea.desk));
        callers.add(new Caller("property admin", sea.admin));
        callers.add(new Caller("support", support));
    }

    /** Every management endpoint id declared by a bean on the class path, enabled or not. */
    static Set<String> knownEndpointIds() {
        Set<String> ids = new TreeSet<>();
        for (BeanDefinitionReference<?> ref :
                SoftServiceLoader.load(BeanDefinitionReference.class).collectAll()) {
            var metadata = ref.getAnnotationMetadata();
            if (metadata.hasStereotype(Endpoint.class)) {
                metadata.stringValue(Endpoint.class, "id")
                        .or(() -> metadata.stringValue(Endpoint.class))
                        .ifPresent(ids::add);
            }
        }
        return ids;
    }

    @Test
    void theClassPathsEndpointsAreFound() {
        assertThat(knownEndpointIds()).contains("beans", "routes", "env", "loggers", "health");
    }

    @TestFactory
    Stream<DynamicTest> everyManagementEndpointButHealthIsOff() {
        Set<String> ids = new TreeSet<>(knownEndpointIds());
        ids.addAll(NAMED);
        ids.remove("health");
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : ids) {
            for (Caller caller : callers) {
                for (String method : List.of("GET", "POST", "DELETE")) {
                    for (String path : List.of("/" + id, "/" + id + "/root")) {
                        tests.add(DynamicTest.dynamicTest(caller.name() + " " + method + " " + path, () -> {
                            Api.Answer answer = api().send(
                                            method,
                                            path,
                                            caller.token(),
                                            "POST".equals(method) ? "{}" : null,
                                            Map.of());
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> healthShowsTheStatusOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : callers) {
            for (String path : List.of("/health", "/health/liveness", "/health/readiness")) {
                tests.add(DynamicTest.dynamicTest(caller.name() + " GET " + path, () -> {
                    Api.Answer answer = api().get(caller.token(), path);
                    assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
                    assertThat(answer.json()).as(answer.toString()).isNotNull();
                    List<String> fields = new ArrayList<>();
                    answer.json().fieldNames().forEachRemaining(fields::add);
                    assertThat(fields).as(answer.toString()).containsExactly("status");
                    assertThat(answer.body().toLowerCase())
                            .doesNotContain("jdbc", "derby", "postgres", "disk", "innkeep");
                }));
            }
        }
        return tests.stream();
    }
}
