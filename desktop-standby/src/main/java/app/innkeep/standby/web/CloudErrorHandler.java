package app.innkeep.standby.web;

import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** When an operation needs the cloud and the cloud refuses or cannot be reached, the caller hears the cloud's words. */
final class CloudErrorHandler {

    private CloudErrorHandler() {}

    static HttpResponse<ProblemBody> badGateway(RuntimeException e) {
        return HttpResponse.<ProblemBody>status(HttpStatus.BAD_GATEWAY)
                .body(new ProblemBody("The cloud did not help", 502, e.getMessage(), null))
                .contentType(MediaType.of("application/problem+json"));
    }

    @Produces
    @Singleton
    static class Refused implements ExceptionHandler<CloudRefused, HttpResponse<ProblemBody>> {
        @Override
        public HttpResponse<ProblemBody> handle(HttpRequest request, CloudRefused e) {
            return badGateway(e);
        }
    }

    @Produces
    @Singleton
    static class Unreachable implements ExceptionHandler<CloudUnreachable, HttpResponse<ProblemBody>> {
        @Override
        public HttpResponse<ProblemBody> handle(HttpRequest request, CloudUnreachable e) {
            return badGateway(e);
        }
    }
}
