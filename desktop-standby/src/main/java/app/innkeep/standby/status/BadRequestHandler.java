package app.innkeep.standby.status;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/** Input the standby cannot use is answered with a problem that says what is wrong, never a 500. */
@Produces
@Singleton
public class BadRequestHandler
        implements ExceptionHandler<IllegalArgumentException, HttpResponse<BadRequestHandler.ProblemBody>> {

    @Serdeable
    public record ProblemBody(String title, int status, String detail) {}

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, IllegalArgumentException e) {
        return HttpResponse.badRequest(new ProblemBody("Bad request", 400, e.getMessage()))
                .contentType(MediaType.of("application/problem+json"));
    }
}
