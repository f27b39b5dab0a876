package app.innkeep.standby.drill;

import app.innkeep.model.PropertyTime;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction;
import app.innkeep.standby.outage.Outages;
import app.innkeep.standby.outage.StartingOutage;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.DrillCopy;
import app.innkeep.standby.store.ReplicaDisk;
import app.innkeep.standby.store.ReplicaFingerprint;
import app.innkeep.standby.store.ReplicaRoute;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A night auditor or an admin starts a fire drill (ADR 0019): the replica is copied, the desk is switched to the copy,
 * every call to the cloud is paused, and outage mode starts on the copy, so the desk plays an outage that nothing
 * outside the copy will remember.
 */
@Singleton
public class StartingDrill {

    private static final Logger LOG = LoggerFactory.getLogger(StartingDrill.class);
    private static final Pattern ENTRY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A drill started (or found started by an earlier send of the same form). */
    public record Started(Drill drill, boolean repeated) {}

    /** What a drill needs besides its own records. */
    @Singleton
    record Parts(
            DrillCopy copy,
            ReplicaRoute route,
            ReplicaFingerprint fingerprint,
            ReplicaDisk disk,
            SyncService sync,
            SyncStates states,
            CloudClient cloud,
            Outages outages,
            StartingOutage startingOutage) {}

    private final Drills drills;
    private final DrillStore store;
    private final Parts parts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration quietWait;

    public StartingDrill(
            Drills drills,
            DrillStore store,
            Parts parts,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.drill.quiet-wait:30s}") Duration quietWait) {
        this.drills = drills;
        this.store = store;
        this.parts = parts;
        this.tx = tx;
        this.clock = clock;
        this.quietWait = quietWait;
    }

    public Started start(DeskUser user, String entryId, String reason) {
        if (user.role() == StaffRole.FRONT_DESK) {
            throw new Invalid(null, "only a night auditor or an admin can start a fire drill");
        }
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw new Invalid(null, "this form has no valid one-time ID; open the page again and resend");
        }
        String why = reason(reason);
        synchronized (drills) {
            var earlier = store.byStartEntry(entryId);
            if (earlier.isPresent()) {
                return new Started(earlier.get(), true);
            }
            refuseUnlessQuiet();
            Instant now = clock.instant();
            long id = store.start(entryId, now, user.username(), why);
            Drill drill = store.byId(id).orElseThrow();
            DataSource[] copy = new DataSource[1];
            try {
                parts.sync().exclusively(() -> {
                    parts.cloud()
                            .pause("a fire drill is running (started by " + user.username()
                                    + "): nothing goes to the cloud until it ends");
                    copy[0] = parts.copy().make(parts.route().replica());
                    parts.route().toDrillCopy(copy[0]);
                });
                drills.started(drill, copy[0]);
                if (!ReplicaRoute.awaitIdle(parts.route().replica(), quietWait)) {
                    throw new IllegalStateException("the replica was still busy after " + quietWait);
                }
                store.tablesBefore(id, parts.fingerprint().of(parts.route().replica(), DrillStore.NOT_COMPARED));
                parts.startingOutage().start(user, DeskAction.newEntryId(), "FIRE DRILL: " + why);
            } catch (RuntimeException e) {
                LOG.error("The fire drill could not start: {}", e.getMessage(), e);
                undo(id, copy[0], user, e);
                throw new Invalid(null, "the fire drill could not start: " + e.getMessage());
            }
            LOG.info(
                    "Fire drill {} started by {} ({}): the desk works on a copy in {}",
                    id,
                    user.username(),
                    why,
                    parts.copy().folder());
            return new Started(drill, false);
        }
    }

    /** The property's clock, for the times a refusal names. */
    private PropertyTime propertyTime() {
        return tx.executeRead(s -> PropertyTime.of(
                parts.states().current().map(state -> state.timeZone()).orElse(null)));
    }

    private void refuseUnlessQuiet() {
        drills.current().ifPresent(d -> {
            throw new Invalid(
                    null,
                    "a fire drill is already running since " + propertyTime().format(d.startedAt()) + " (started by "
                            + d.startedBy() + ")");
        });
        tx.executeRead(s -> {
            if (parts.states().current().isEmpty()) {
                throw new Invalid(null, "this standby is not paired yet: it holds no data to practise on (Set backup)");
            }
            parts.outages().open().ifPresent(o -> {
                throw new Invalid(
                        null,
                        "outage mode is on for real since " + propertyTime().format(o.startedAt()) + " (started by "
                                + o.startedBy() + "): no drill during a real outage");
            });
            return null;
        });
        long needed = 2 * parts.copy().replicaBytes();
        long free = parts.disk().freeBytes();
        if (free < needed) {
            throw new Invalid(
                    null,
                    "there is not enough disk for the drill's copy of the replica (" + free / (1024 * 1024)
                            + " MB free, it needs about " + (needed / (1024 * 1024) + 1) + " MB)");
        }
    }

    private void undo(long id, DataSource copy, DeskUser user, RuntimeException cause) {
        parts.sync().exclusively(() -> {
            parts.route().toReplica();
            parts.cloud().resume();
        });
        drills.ended();
        try {
            parts.copy().discard(copy);
        } catch (RuntimeException e) {
            LOG.warn("The drill's copy could not be deleted: {}", e.getMessage());
        }
        store.finish(
                id,
                null,
                DrillState.ABANDONED,
                clock.instant(),
                user.username(),
                "could not start: " + cause.getMessage(),
                java.util.List.of(),
                java.util.Map.of());
    }

    private static String reason(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > 300) {
            throw new Invalid("reason", "is too long (at most 300 characters)");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("reason", "must be one line of plain text");
        }
        return text.isEmpty() ? "practice" : text;
    }
}
