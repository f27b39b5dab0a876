package app.innkeep.standby.drill;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.ReplicaFingerprint.TableSum;
import app.innkeep.standby.store.ReplicaRoute;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A night auditor or an admin ends the fire drill: its report is read from the copy's journal and the notes, the desk
 * goes back to the replica, the copy is thrown away, and the replica is compared with what it was before the drill.
 */
@Singleton
public class EndingDrill {

    private static final Logger LOG = LoggerFactory.getLogger(EndingDrill.class);
    private static final Pattern ENTRY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The drill's report, and whether the form had been sent before. */
    public record Ended(DrillReport report, boolean repeated) {}

    private final Drills drills;
    private final DrillStore store;
    private final DrillReports reports;
    private final StartingDrill.Parts parts;
    private final OutageJournal journal;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public EndingDrill(
            Drills drills,
            DrillStore store,
            DrillReports reports,
            StartingDrill.Parts parts,
            OutageJournal journal,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.drills = drills;
        this.store = store;
        this.reports = reports;
        this.parts = parts;
        this.journal = journal;
        this.tx = tx;
        this.clock = clock;
    }

    public Ended end(DeskUser user, String entryId, String note) {
        if (user.role() == StaffRole.FRONT_DESK) {
            throw new Invalid(null, "only a night auditor or an admin can end a fire drill");
        }
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw new Invalid(null, "this form has no valid one-time ID; open the page again and resend");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && (text.length() > 500 || text.chars().anyMatch(Character::isISOControl))) {
            throw new Invalid("note", "must be one line of plain text, at most 500 characters");
        }
        synchronized (drills) {
            var earlier = store.byEndEntry(entryId);
            if (earlier.isPresent()) {
                return new Ended(reports.report(earlier.get().id()).orElseThrow(), true);
            }
            Drills.Running running = drills.running().orElseThrow(() -> new Invalid(null, "no fire drill is running"));
            Drill drill = running.drill();
            Instant now = clock.instant();
            // Read on the copy, before it is thrown away: the desk's actions as its journal has them.
            List<JournalEntry> entries = tx.executeRead(s -> journal.between(drill.startedAt(), now.plusSeconds(1)));
            List<DrillStep> steps = steps(drill.startedAt(), entries, drills.notes());
            var after = new java.util.concurrent.atomic.AtomicReference<Map<String, TableSum>>();
            parts.sync().exclusively(() -> {
                parts.route().toReplica();
                drills.ended();
                ReplicaRoute.awaitIdle(running.copy(), Duration.ofSeconds(30));
                // Compared before the sync and the cloud may write to the replica again.
                after.set(parts.fingerprint().of(parts.route().replica(), DrillStore.NOT_COMPARED));
                parts.cloud().resume();
            });
            try {
                parts.copy().discard(running.copy());
            } catch (RuntimeException e) {
                LOG.warn(
                        "The drill's copy could not be deleted now (it will be at the next start): {}", e.getMessage());
            }
            store.finish(drill.id(), entryId, DrillState.ENDED, now, user.username(), text, steps, after.get());
            DrillReport report = reports.report(drill.id()).orElseThrow();
            LOG.info(
                    "Fire drill {} ended by {}: {} steps, {} refused; the replica is {}",
                    drill.id(),
                    user.username(),
                    report.done().size(),
                    report.refused().size(),
                    report.replicaUnchanged() ? "exactly as before" : "CHANGED in " + report.changedTables());
            return new Ended(report, false);
        }
    }

    /** The journal's entries and the notes, in time order, each with its time from the drill's start. */
    static List<DrillStep> steps(Instant start, List<JournalEntry> entries, List<Drills.Note> notes) {
        record At(Instant at, DrillStep.Kind kind, String username, String action, String detail) {}
        List<At> all = new ArrayList<>();
        for (JournalEntry e : entries) {
            all.add(new At(e.enteredAt(), DrillStep.Kind.DONE, e.username(), e.action(), detail(e)));
        }
        for (Drills.Note n : notes) {
            all.add(new At(n.at(), n.kind(), n.username(), n.action(), n.detail()));
        }
        all.sort(Comparator.comparing(At::at));
        List<DrillStep> steps = new ArrayList<>();
        for (At a : all) {
            steps.add(new DrillStep(
                    steps.size() + 1,
                    a.kind(),
                    a.at(),
                    Duration.between(start, a.at()),
                    a.username(),
                    a.action(),
                    a.detail()));
        }
        return steps;
    }

    private static String detail(JournalEntry e) {
        return Stream.of(
                        e.bookingRef(),
                        e.room() == null ? null : "room " + e.room(),
                        e.code(),
                        e.amount() == null
                                ? null
                                : e.amount()
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }
}
