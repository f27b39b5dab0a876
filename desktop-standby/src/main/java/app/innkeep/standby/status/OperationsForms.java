package app.innkeep.standby.status;

import app.innkeep.standby.pairing.SetBackup;
import app.innkeep.standby.preflight.MasterDataAdoption;
import app.innkeep.standby.staff.Csrf;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.sync.SyncScheduler;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncTrigger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The status page's buttons: each does one thing and returns to the page. */
@Controller("/ops")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.ADMINISTRATOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OperationsForms {

    @Serdeable
    public record AdoptForm(
            @Nullable String kind,
            @Nullable String code,
            @Nullable String field,
            @Nullable String all,
            @Nullable String csrfToken) {}

    /** The sync buttons carry only their CSRF token. */
    @Serdeable
    public record Button(@Nullable String csrfToken) {}

    @Serdeable
    public record PairForm(
            @Nullable String cloudUrl,
            @Nullable String code,
            @Nullable String deviceName,
            @Nullable String csrfToken) {}

    private final SyncService sync;
    private final SetBackup setBackup;
    private final MasterDataAdoption adoption;
    private final Optional<SyncScheduler> scheduler;

    public OperationsForms(
            SyncService sync, SetBackup setBackup, MasterDataAdoption adoption, Optional<SyncScheduler> scheduler) {
        this.sync = sync;
        this.setBackup = setBackup;
        this.adoption = adoption;
        this.scheduler = scheduler;
    }

    @Post("/sync-now")
    public HttpResponse<?> syncNow(Authentication user, @Body Button form) {
        Csrf.check(user, form.csrfToken());
        sync.sync(SyncTrigger.MANUAL);
        return back();
    }

    @Post("/resync")
    public HttpResponse<?> resync(Authentication user, @Body Button form) {
        Csrf.check(user, form.csrfToken());
        sync.resync(SyncTrigger.MANUAL);
        return back();
    }

    @Post("/restart-sync")
    public HttpResponse<?> restart(Authentication user, @Body Button form) throws Exception {
        Csrf.check(user, form.csrfToken());
        if (scheduler.isPresent()) {
            scheduler.get().restart();
        }
        return back();
    }

    @Post("/pair")
    public HttpResponse<?> pair(Authentication user, @Body PairForm form) {
        Csrf.check(user, form.csrfToken());
        setBackup.pair(form.cloudUrl(), form.code(), form.deviceName());
        return back();
    }

    @Post("/adopt")
    public HttpResponse<?> adopt(Authentication user, @Body AdoptForm form) {
        Csrf.check(user, form.csrfToken());
        if ("true".equals(form.all())) {
            adoption.adoptAll();
        } else {
            adoption.adopt(form.kind(), form.code(), form.field() == null ? List.of() : List.of(form.field()));
        }
        return back();
    }

    private static HttpResponse<?> back() {
        return HttpResponse.seeOther(URI.create("/status"));
    }
}
