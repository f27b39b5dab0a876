package app.innkeep.standby.status;

import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.preflight.MasterDataPreflight.Mismatch;
import app.innkeep.standby.store.ReplicaDisk;
import app.innkeep.standby.sync.HeldEvents;
import app.innkeep.standby.sync.SyncScheduler;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import app.innkeep.standby.sync.SyncStates.SyncRun;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Everything the status page, the JSON endpoint and the CLI show about the replica and its sync. */
@Singleton
public class StandbyStatus {

    @Serdeable
    public record HeldEvent(long sequence, String type, String subject, String reason, Instant heldAt) {}

    @Serdeable
    public record RunView(
            long id,
            String trigger,
            Instant startedAt,
            Instant finishedAt,
            String result,
            String message,
            int applied,
            int held,
            Long cursorFrom,
            Long cursorTo) {
        static RunView of(SyncRun r) {
            return new RunView(
                    r.id(),
                    r.trigger(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.result(),
                    r.message(),
                    r.applied(),
                    r.held(),
                    r.cursorFrom(),
                    r.cursorTo());
        }
    }

    @Serdeable
    public record DiffView(String field, Object cloud, Object standby) {}

    @Serdeable
    public record MismatchView(String kind, String code, String problem, List<DiffView> fields) {
        static MismatchView of(Mismatch m) {
            return new MismatchView(
                    m.kind(),
                    m.code(),
                    m.problem(),
                    m.fields().stream()
                            .map(f -> new DiffView(f.field(), f.cloud(), f.standby()))
                            .toList());
        }
    }

    /**
     * {@code dataAsOf} is when the replica was last known to equal the cloud (the last pull that reached the feed's
     * head, or the snapshot); {@code lastPullAt} when the cloud was last read successfully. Every screen and printout
     * shows them, in the property's {@code timeZone}.
     */
    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Status(
            boolean paired,
            String property,
            String propertyName,
            String cloudUrl,
            Long deviceId,
            Instant dataAsOf,
            Instant lastPullAt,
            Instant snapshotAt,
            long cursor,
            long cloudHead,
            long eventsApplied,
            boolean running,
            String progress,
            String stopReason,
            RunView lastRun,
            List<HeldEvent> held,
            List<MismatchView> mismatches,
            List<RunView> history,
            Instant nextRun,
            Instant now,
            String disk,
            String cloudSilence,
            boolean bootstrapPending,
            String timeZone) {}

    private final SyncStates states;
    private final SyncService sync;
    private final MasterDataPreflight preflight;
    private final HeldEvents heldEvents;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final java.util.Optional<SyncScheduler> scheduler;
    private final ReplicaDisk disk;

    public StandbyStatus(
            SyncStates states,
            SyncService sync,
            MasterDataPreflight preflight,
            HeldEvents heldEvents,
            TransactionOperations<Connection> tx,
            Clock clock,
            java.util.Optional<SyncScheduler> scheduler,
            ReplicaDisk disk) {
        this.disk = disk;
        this.scheduler = scheduler;
        this.states = states;
        this.sync = sync;
        this.preflight = preflight;
        this.heldEvents = heldEvents;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The status; when the replica cannot be read because its disk is full, what is known without it, with the disk's
     * state, instead of an error page.
     */
    public Status now() {
        try {
            return read();
        } catch (RuntimeException e) {
            var full = disk.full().or(() -> disk.explain(e));
            if (full.isEmpty()) {
                throw e;
            }
            return new Status(
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    0,
                    sync.isRunning(),
                    sync.progress(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    clock.instant(),
                    full.get().sentence(),
                    null,
                    false,
                    null);
        }
    }

    /**
     * "the cloud has not answered since 19:09" in the property's time, from the first failed call of an unbroken run
     * of them; null while the cloud answers.
     */
    static String cloudSilence(SyncState state) {
        if (state.cloudSilentSince() == null) {
            return null;
        }
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(state.timeZone());
        } catch (java.time.DateTimeException e) {
            zone = java.time.ZoneOffset.UTC;
        }
        var local = state.cloudSilentSince().atZone(zone);
        return "the cloud has not answered since "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(local) + " on " + local.toLocalDate()
                + " (property time, " + zone + "); every run since has failed";
    }

    private Status read() {
        return tx.executeRead(s -> {
            var state = states.current();
            List<RunView> history = states.runs().stream().map(RunView::of).toList();
            List<HeldEvent> held = heldEvents.oldest(500).stream()
                    .map(h -> new HeldEvent(h.sequence(), h.type(), h.subject(), h.reason(), h.heldAt()))
                    .toList();
            List<MismatchView> mismatches =
                    preflight.mismatches().stream().map(MismatchView::of).toList();
            return new Status(
                    state.isPresent(),
                    state.map(x -> x.property()).orElse(null),
                    state.map(x -> x.propertyName()).orElse(null),
                    state.map(x -> x.cloudUrl()).orElse(null),
                    state.map(x -> x.deviceId()).orElse(null),
                    state.map(SyncState::dataAsOf).orElse(null),
                    state.map(x -> x.lastPullAt()).orElse(null),
                    state.map(x -> x.snapshotAt()).orElse(null),
                    state.map(x -> x.cursor()).orElse(0L),
                    state.map(x -> x.cloudHead()).orElse(0L),
                    state.map(x -> x.eventsApplied()).orElse(0L),
                    sync.isRunning(),
                    sync.progress(),
                    state.map(x -> x.stopReason()).orElse(null),
                    history.isEmpty() ? null : history.getFirst(),
                    held,
                    mismatches,
                    history,
                    scheduler.flatMap(SyncScheduler::nextRun).orElse(null),
                    clock.instant(),
                    disk.full().map(ReplicaDisk.DiskFull::sentence).orElse(null),
                    state.map(StandbyStatus::cloudSilence).orElse(null),
                    state.map(SyncState::bootstrapPending).orElse(false),
                    state.map(SyncState::timeZone).orElse(null));
        });
    }
}
