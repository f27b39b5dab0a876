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
 * 404 for anonymous callers, property staff and support alike, never a 500. {@code /metrics} is the scraper's own
 * endpoint (a scrape token is configured here): it refuses every caller without the token.
 */
abstract class ManagementEndpointsIT extends CloudIT {

    /** The endpoints the testers named, whether or not their module is on the class path today. */
    static final Set<String> NAMED =
            Set.of("beans", "routes", "info", "threaddump", "refresh", "env", "loggers", "metrics", "stop", "caches");

    record Caller(String name, String token) {}

    static final String SCRAPE_TOKEN = "scrape-token-of-the-management-test";

    final List<Caller> callers = new ArrayList<>();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("innkeep.metrics.scrape-token", SCRAPE_TOKEN);
    }

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
            if (id.equals("metrics")) {
                // Micronaut's JSON metrics stay off; GET /metrics is the scraper's endpoint, checked below.
                tests.add(offFor("/metrics/root"));
                continue;
            }
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

    private DynamicTest offFor(String path) {
        return DynamicTest.dynamicTest("everyone GET " + path, () -> {
            for (Caller caller : callers) {
                assertThat(api().get(caller.token(), path).status())
                        .as(caller.name())
                        .isEqualTo(404);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> theScrapeEndpointAnswersTheScrapeTokenOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : callers) {
            tests.add(DynamicTest.dynamicTest(caller.name() + " GET /metrics", () -> {
                Api.Answer answer = api().get(caller.token(), "/metrics");
                assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            }));
        }
        for (String method : List.of("POST", "DELETE", "PUT")) {
            tests.add(DynamicTest.dynamicTest("scraper " + method + " /metrics", () -> {
                Api.Answer answer =
                        api().send(method, "/metrics", SCRAPE_TOKEN, "POST".equals(method) ? "{}" : null, Map.of());
                assertThat(answer.status()).as(answer.toString()).isEqualTo(405);
            }));
        }
        tests.add(DynamicTest.dynamicTest("scraper GET /metrics", () -> {
            Api.Answer answer = api().get(SCRAPE_TOKEN, "/metrics");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.body()).contains("jvm_memory_used_bytes").doesNotContain("jdbc:");
        }));
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
