package app.innkeep.cloud.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the answers with a 5xx status, by status only: no path, so an unknown URL or a guest's name in one never
 * becomes a label.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ServerErrors {

    private final MeterRegistry registry;
    private final Map<Integer, Counter> byStatus = new ConcurrentHashMap<>();

    public ServerErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    @ResponseFilter
    public void count(HttpResponse<?> response) {
        int status = response.code();
        if (status >= 500 && status <= 599) {
            byStatus.computeIfAbsent(
                            status,
                            s -> Counter.builder("innkeep.http.server.errors")
                                    .description("Answers with a 5xx status, by status")
                                    .tag("status", String.valueOf(s))
                                    .register(registry))
                    .increment();
        }
    }
}
