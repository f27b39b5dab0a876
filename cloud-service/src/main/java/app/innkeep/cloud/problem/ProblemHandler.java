package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link Problem} thrown by a service with its problem+json body. */
@Produces
@Singleton
@Requires(classes = {Problem.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<ProblemBody>> {

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, Problem problem) {
        return HttpResponse.<ProblemBody>status(HttpStatus.valueOf(problem.status()))
                .body(ProblemBody.of(problem, request.getPath()))
                .contentType(MediaType.of(ProblemBody.MEDIA_TYPE));
    }
}
