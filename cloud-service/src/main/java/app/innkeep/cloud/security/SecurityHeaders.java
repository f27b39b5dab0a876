package app.innkeep.cloud.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The browser hardening every response of the cloud carries: a Content-Security-Policy that allows only the cloud's
 * own stylesheet and scripts (the pages' only script is the pairing code's countdown; no inline ones), no framing, no MIME sniffing, no referrer to
 * other sites, and {@code Cache-Control: no-store} on everything but the stylesheet and the OpenAPI document, so that
 * pages and API answers with guest data are never kept in a browser's cache. The referrer policy is same-origin, not
 * no-referrer: with no-referrer Chromium posts forms with "Origin: null" and the sign-in refuses them. The standby has
 * the same filter for the desk.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    /**
     * Before the security filter, so that its answers (the redirect to the login page, a 401 or 403) pass back through
     * this one too.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    public void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        String path = request.getPath();
        boolean cacheable = path.startsWith("/assets/") || path.startsWith("/openapi/");
        each(cacheable, headers::set);
        if (!cacheable) {
            headers.remove(HttpHeaders.EXPIRES);
        }
    }

    /**
     * The headers, one by one: for this filter, and for the feed's lane (which answers in front of the filters and
     * must send the very same). {@code cacheable} only for the stylesheet and the OpenAPI document.
     */
    public static void each(boolean cacheable, java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", POLICY);
        header.accept("X-Frame-Options", "DENY");
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept(HttpHeaders.REFERRER_POLICY, "same-origin");
        if (!cacheable) {
            header.accept(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
