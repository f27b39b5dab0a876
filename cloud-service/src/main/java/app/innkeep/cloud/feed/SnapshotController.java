package app.innkeep.cloud.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bootstrap snapshot, newline-delimited JSON, for paired standby devices. */
@Controller("/api/v1/properties/{code}/snapshot")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SnapshotController {

    static final MediaType NDJSON = MediaType.of("application/x-ndjson");

    private final SnapshotService snapshots;

    public SnapshotController(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Get(produces = "application/x-ndjson")
    public StreamedFile snapshot(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @QueryValue Integer historyDays)
            throws IOException {
        Path file = snapshots.export(authorization, code, historyDays);
        InputStream deleteWhenSent = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
                super.close();
                SnapshotService.deleteQuietly(file);
            }
        };
        return new StreamedFile(deleteWhenSent, NDJSON);
    }
}
