package app.innkeep.cloud.session;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Micronaut's own CORS filter refuses a request with a foreign {@code Origin} to a cloud reached as localhost (its
 * guard against drive-by-localhost attacks) before any page sees it: a bare 403. On a page's form that refusal is the
 * one {@link PageGate} would give, so the visitor gets the same readable page. API answers are left as they are.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CrossSitePageRefusal implements Ordered {

    /** After {@code SecurityHeaders} (which must see the replaced answer too), before the CORS filter. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public MutableHttpResponse<?> explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean pageForm = request.getMethod() == HttpMethod.POST
                && !request.getPath().startsWith("/api/")
                && request.getContentType()
                        .map(t -> t.equals(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .orElse(false);
        if (!pageForm
                || response.status() != HttpStatus.FORBIDDEN
                || response.getBody().isPresent()) {
            return response;
        }
        return PageRefusal.forged("it was sent from another site").response().toMutableResponse();
    }
}
