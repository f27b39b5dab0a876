package app.innkeep.cloud.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Keeps the raw JSON body of API requests so that, when a value cannot be read as its type, the problem can name the
 * field at fault (the JSON reader only reports a line and column).
 */
@ServerFilter("/api/**")
public class RequestBodyKeeper {

    static final String ATTRIBUTE = "innkeep.raw-body";

    @RequestFilter
    public void keep(HttpRequest<?> request, @Nullable @Body String body) {
        if (body != null) {
            request.setAttribute(ATTRIBUTE, body);
        }
    }
}
