package app.innkeep.standby.web;

import app.innkeep.standby.store.ReplicaDisk.DiskFullException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An operation refused because the replica's disk is full: 507 with the folder and the space, never a 500. */
@Produces
@Singleton
public class DiskFullHandler implements ExceptionHandler<DiskFullException, HttpResponse<ProblemBody>> {

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, DiskFullException e) {
        return HttpResponse.<ProblemBody>status(HttpStatus.INSUFFICIENT_STORAGE)
                .body(new ProblemBody("The disk is full", 507, e.getMessage(), null))
                .contentType(MediaType.of("application/problem+json"));
    }
}
