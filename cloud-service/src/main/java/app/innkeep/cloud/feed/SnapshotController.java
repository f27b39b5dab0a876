package app.innkeep.cloud.feed;

import app.innkeep.model.StandbyVersion;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
import java.io.InputStream;
import java.util.Locale;

/** The bootstrap snapshot, newline-delimited JSON, for paired standby devices. */
@Controller("/api/v1/properties/{code}/snapshot")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SnapshotController {

    static final MediaType NDJSON = MediaType.of("application/x-ndjson");

    private final SnapshotService snapshots;
    private final boolean gzipEnabled;

    public SnapshotController(SnapshotService snapshots, @Value("${innkeep.snapshot.gzip:true}") boolean gzipEnabled) {
        this.snapshots = snapshots;
        this.gzipEnabled = gzipEnabled;
    }

    @Get(produces = "application/x-ndjson")
    public HttpResponse<StreamedFile> snapshot(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
            @Nullable @Header(StandbyVersion.HEADER) String standbyVersion,
            @Nullable @QueryValue Integer historyDays,
            @Nullable @QueryValue Boolean letterTemplates,
            @Nullable @QueryValue Boolean countsAtEnd) {
        // The server compresses only text types by itself, and NDJSON is not one of them: gzip it here, when asked.
        boolean gzip = gzipEnabled && acceptsGzip(acceptEncoding);
        InputStream body = snapshots.export(
                authorization,
                standbyVersion,
                code,
                historyDays,
                gzip,
                Boolean.TRUE.equals(letterTemplates),
                Boolean.TRUE.equals(countsAtEnd));
        // Sent as it is read (chunked): its length is known only at its end.
        var response =
                HttpResponse.ok(new StreamedFile(body, NDJSON)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response;
    }

    /** Whether an {@code Accept-Encoding} value takes gzip: listed and not with {@code q=0}. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    refused = parameter.substring(2).strip().matches("0(\\.0*)?");
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }
}
