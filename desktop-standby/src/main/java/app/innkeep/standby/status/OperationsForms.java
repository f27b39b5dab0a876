package app.innkeep.standby.status;

import app.innkeep.standby.pairing.SetBackup;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.sync.SyncScheduler;
import app.innkeep.standby.sync.SyncService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** The status page's buttons: each does one thing and returns to the page. */
@Controller("/ops")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OperationsForms {

    @Serdeable
    public record AdoptForm(
            @Nullable String kind,
            @Nullable String code,
            @Nullable String field,
            @Nullable String all) {}

    @Serdeable
    public record PairForm(
            @Nullable String cloudUrl,
            @Nullable String code,
            @Nullable String deviceName) {}

    private final SyncService sync;
    private final SetBackup setBackup;
    private final MasterDataPreflight preflight;
    private final Optional<SyncScheduler> scheduler;
    private final TransactionOperations<Connection> tx;

    public OperationsForms(
            SyncService sync,
            SetBackup setBackup,
            MasterDataPreflight preflight,
            Optional<SyncScheduler> scheduler,
            TransactionOperations<Connection> tx) {
        this.sync = sync;
        this.setBackup = setBackup;
        this.preflight = preflight;
        this.scheduler = scheduler;
        this.tx = tx;
    }

    @Post("/sync-now")
    public HttpResponse<?> syncNow() {
        sync.sync("MANUAL");
        return back();
    }

    @Post("/resync")
    public HttpResponse<?> resync() {
        sync.resync("MANUAL");
        return back();
    }

    @Post("/restart-sync")
    public HttpResponse<?> restart() throws Exception {
        if (scheduler.isPresent()) {
            scheduler.get().restart();
        }
        return back();
    }

    @Post("/pair")
    public HttpResponse<?> pair(@Body PairForm form) {
        setBackup.pair(form.cloudUrl(), form.code(), form.deviceName());
        return back();
    }

    @Post("/adopt")
    public HttpResponse<?> adopt(@Body AdoptForm form) {
        tx.executeWrite(s -> {
            if ("true".equals(form.all())) {
                preflight.adoptAll();
            } else if (form.kind() != null && form.code() != null) {
                preflight.adopt(form.kind(), form.code(), form.field() == null ? List.of() : List.of(form.field()));
            } else {
                throw new IllegalArgumentException("say which entry to adopt (kind and code), or all");
            }
            return null;
        });
        return back();
    }

    private static HttpResponse<?> back() {
        return HttpResponse.seeOther(URI.create("/"));
    }
}
