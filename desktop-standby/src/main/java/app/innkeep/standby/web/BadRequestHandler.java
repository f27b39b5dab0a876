package app.innkeep.standby.web;

import app.innkeep.standby.input.Invalid;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Input the standby cannot use is answered with a problem that says what is wrong, never a 500. */
@Produces
@Singleton
public class BadRequestHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<ProblemBody>> {

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, IllegalArgumentException e) {
        if (e instanceof Invalid invalid) {
            var all = invalid.violations();
            String detail = all.size() == 1 ? all.getFirst().toString() : invalid.getMessage();
            var errors = all.stream()
                    .map(v -> new ProblemBody.FieldError(v.field(), v.message()))
                    .toList();
            return HttpResponse.badRequest(new ProblemBody("Bad request", 400, detail, invalid.field(), errors))
                    .contentType(MediaType.of("application/problem+json"));
        }
        return HttpResponse.badRequest(new ProblemBody("Bad request", 400, e.getMessage(), null))
                .contentType(MediaType.of("application/problem+json"));
    }
}
