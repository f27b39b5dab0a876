package app.innkeep.cloud.session;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link PageRefusal} thrown by any page with its redirect or readable page. */
@Produces
@Singleton
@Requires(classes = {PageRefusal.class, ExceptionHandler.class})
public class PageRefusalHandler implements ExceptionHandler<PageRefusal, HttpResponse<String>> {

    @Override
    public HttpResponse<String> handle(HttpRequest request, PageRefusal refusal) {
        return refusal.response();
    }
}
