package app.innkeep.cloud.problem;

import app.innkeep.cloud.db.Db;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database refused a change that the services' own checks let through, usually because a concurrent request
 * won a race (the room-night key, a unique code). The transaction has rolled back; the caller may retry.
 */
@Produces
@Singleton
public class ConstraintViolatedHandler implements ExceptionHandler<Db.ConstraintViolated, HttpResponse<ProblemBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConstraintViolatedHandler.class);

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, Db.ConstraintViolated e) {
        LOG.info("Refused by a database constraint on {}: {}", request.getPath(), e.getMessage());
        var problem = new Problem(
                409,
                "concurrent-change",
                "Conflict",
                "Another change to the same records was saved first; nothing of this request was saved. Reload and try again.",
                List.of());
        return HttpResponse.<ProblemBody>status(HttpStatus.CONFLICT)
                .body(ProblemBody.of(problem, request.getPath()))
                .contentType(MediaType.of(ProblemBody.MEDIA_TYPE));
    }
}
