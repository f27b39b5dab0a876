package app.innkeep.standby.reentry;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.Outage;
import app.innkeep.standby.outage.Outages;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * The re-entries that can still change: of an ended outage, not signed off. Every use case of the re-entry asks here
 * first, in its write transaction.
 */
@Singleton
class OpenReentries {

    private final Outages outages;
    private final ReentryStore store;
    private final Worklist worklist;
    private final Clock clock;

    OpenReentries(Outages outages, ReentryStore store, Worklist worklist, Clock clock) {
        this.outages = outages;
        this.store = store;
        this.worklist = worklist;
        this.clock = clock;
    }

    /** The re-entry of this outage, refused when the outage is unknown, still open, or its re-entry signed off. */
    ReentryState open(long outageId) {
        Outage o = outages.byId(outageId).orElseThrow(() -> new Invalid(null, "there is no outage " + outageId));
        if (o.open()) {
            throw new Invalid(null, "end outage mode first: re-entry starts when the cloud works again");
        }
        ReentryState state = store.state(outageId);
        if (state.signedOff()) {
            throw new Invalid(null, "this re-entry is signed off; its worklist is read-only");
        }
        return state;
    }

    /** The given outage if it has ended, or else the last ended one. */
    Optional<Outage> ended(Long outageId) {
        if (outageId != null) {
            return outages.byId(outageId).filter(o -> !o.open());
        }
        return outages.recent().stream().filter(o -> !o.open()).findFirst();
    }

    /** One entry of the outage's worklist, the worklist brought up to date with the journal first. */
    WorkItem item(long outageId, String entryId) {
        worklist.prepare(outageId, clock.instant());
        return worklist.item(outageId, entryId)
                .orElseThrow(() -> new Invalid("entryId", "outage " + outageId + " has no entry " + entryId));
    }
}
