package app.innkeep.standby.drill;

import app.innkeep.standby.store.ReplicaRoute;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The drill running now, if any, and what happens during it that no journal records: printouts and refusals. One
 * drill at a time; starting and ending hold this object's lock, so they never overlap.
 */
@Singleton
public class Drills {

    /** A step noted while the drill runs (not a journaled action): who, when, what. */
    record Note(DrillStep.Kind kind, Instant at, String username, String action, String detail) {}

    /** The running drill: its record, the copy the desk works on, and the notes so far. */
    record Running(Drill drill, DataSource copy, List<Note> notes) {}

    private final ReplicaRoute route;
    private final Clock clock;
    private volatile Running running;

    public Drills(ReplicaRoute route, Clock clock) {
        this.route = route;
        this.clock = clock;
    }

    /** The drill running now: the desk works on its copy. */
    public Optional<Drill> current() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(r.drill());
    }

    /** How long the running drill has been going, for the banner. */
    public Optional<Duration> runningFor() {
        return current().map(d -> Duration.between(d.startedAt(), clock.instant()));
    }

    /** A printout or report was printed during the drill (nothing is noted outside one). */
    public void printed(String username, String what) {
        note(DrillStep.Kind.PRINTED, username, "PRINTED", what);
    }

    /** The standby refused an action during the drill (nothing is noted outside one). */
    public void refused(String username, String action, String why) {
        note(DrillStep.Kind.REFUSED, username, action, why);
    }

    private void note(DrillStep.Kind kind, String username, String action, String detail) {
        Running r = running;
        if (r != null && route.onDrillCopy()) {
            synchronized (r.notes()) {
                r.notes().add(new Note(kind, clock.instant(), username == null ? "?" : username, action, detail));
            }
        }
    }

    Optional<Running> running() {
        return Optional.ofNullable(running);
    }

    void started(Drill drill, DataSource copy) {
        running = new Running(drill, copy, new ArrayList<>());
    }

    /** The notes so far, in order. */
    List<Note> notes() {
        Running r = running;
        if (r == null) {
            return List.of();
        }
        synchronized (r.notes()) {
            return List.copyOf(r.notes());
        }
    }

    void ended() {
        running = null;
    }
}
