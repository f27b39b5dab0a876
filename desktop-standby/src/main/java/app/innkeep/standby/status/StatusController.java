package app.innkeep.standby.status;

import app.innkeep.standby.pairing.SetBackup;
import app.innkeep.standby.preflight.MasterDataAdoption;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.sync.RunResult;
import app.innkeep.standby.sync.SyncScheduler;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncTrigger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * Status and sync operations: the JSON the CLI reads. The page the property admin looks at is web's {@code StatusPages}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.ADMINISTRATOR)
public class StatusController {

    @Serdeable
    public record PairRequest(
            @Nullable String cloudUrl,
            @Nullable String code,
            @Nullable String deviceName) {}

    @Serdeable
    public record AdoptRequest(
            @Nullable String kind,
            @Nullable String code,
            @Nullable List<String> fields,
            @Nullable Boolean all) {}

    @Serdeable
    public record AdoptResponse(String message) {}

    private final StandbyStatus status;
    private final SyncService sync;
    private final SetBackup setBackup;
    private final MasterDataAdoption adoption;
    private final Optional<SyncScheduler> scheduler;
    private final app.innkeep.standby.store.ReplicaBackup backups;
    private final app.innkeep.standby.sync.ReplicaComparison comparison;

    public StatusController(
            StandbyStatus status,
            SyncService sync,
            SetBackup setBackup,
            MasterDataAdoption adoption,
            Optional<SyncScheduler> scheduler,
            app.innkeep.standby.store.ReplicaBackup backups,
            app.innkeep.standby.sync.ReplicaComparison comparison) {
        this.backups = backups;
        this.comparison = comparison;
        this.status = status;
        this.sync = sync;
        this.setBackup = setBackup;
        this.adoption = adoption;
        this.scheduler = scheduler;
    }

    @Get("/api/status")
    public StandbyStatus.Status json() {
        return status.now();
    }

    @Serdeable
    public record BackupResponse(String folder, String message) {}

    /** The replica compared with a full snapshot of the cloud (the CLI's "standby compare"). */
    @Post("/api/compare")
    public app.innkeep.standby.sync.ReplicaComparison.Result compare() {
        return comparison.compare();
    }

    /** An online backup of the replica now (the CLI's "standby backup"). */
    @Post("/api/backup")
    public BackupResponse backup() {
        var folder = backups.backupNow();
        return new BackupResponse(
                folder.toString(), "backed up; restore it into a data folder that holds this standby's replica.key");
    }

    @Post("/api/sync-now")
    public RunResult syncNow() {
        return sync.sync(SyncTrigger.MANUAL);
    }

    @Post("/api/resync")
    public RunResult resync() {
        return sync.resync(SyncTrigger.MANUAL);
    }

    @Post("/api/restart-sync")
    public HttpResponse<String> restart() throws Exception {
        if (scheduler.isEmpty()) {
            return HttpResponse.badRequest(
                    "{\"detail\":\"the sync scheduler is switched off (innkeep.standby.sync.enabled=false)\"}");
        }
        scheduler.get().restart();
        return HttpResponse.ok("{\"detail\":\"sync service restarted\"}");
    }

    @Post("/api/pair")
    public RunResult pair(@Body PairRequest request) {
        return setBackup.pair(request.cloudUrl(), request.code(), request.deviceName());
    }

    @Get("/api/master-data/mismatches")
    public List<StandbyStatus.MismatchView> mismatches() {
        return adoption.mismatches().stream()
                .map(StandbyStatus.MismatchView::of)
                .toList();
    }

    @Serdeable
    public record EntryRequest(
            @Nullable String description,
            @Nullable java.math.BigDecimal defaultPrice,
            @Nullable Boolean card,
            @Nullable Integer maxOccupancy,
            @Nullable Boolean active) {}

    /** The standby's own master data, edited by its admin. */
    @io.micronaut.http.annotation.Put("/api/master-data/{kind}/{code}")
    public AdoptResponse save(String kind, String code, @Body EntryRequest request) {
        return new AdoptResponse(adoption.save(new app.innkeep.standby.preflight.MasterDataPreflight.Entry(
                kind,
                code,
                request.description(),
                request.defaultPrice(),
                request.card(),
                request.maxOccupancy(),
                !Boolean.FALSE.equals(request.active()))));
    }

    @Post("/api/master-data/adopt")
    public AdoptResponse adopt(@Body AdoptRequest request) {
        if (Boolean.TRUE.equals(request.all())) {
            return new AdoptResponse(adoption.adoptAll());
        }
        return new AdoptResponse(adoption.adopt(request.kind(), request.code(), request.fields()));
    }
}
