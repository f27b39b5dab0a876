package app.innkeep.standby.outage;

import app.innkeep.model.PropertyTime;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Staff switch the standby to outage mode: from now on the desk works here and every action is journaled. */
@Singleton
public class StartingOutage {

    private static final Logger LOG = LoggerFactory.getLogger(StartingOutage.class);

    private final DeskAction action;
    private final Outages outages;
    private final SyncStates states;
    private final OutageJournal journal;
    private final Clock clock;

    public StartingOutage(DeskAction action, Outages outages, SyncStates states, OutageJournal journal, Clock clock) {
        this.action = action;
        this.outages = outages;
        this.states = states;
        this.journal = journal;
        this.clock = clock;
    }

    public Done start(DeskUser user, String entryId, String reason) {
        String why = DeskInput.required("reason", reason, 500);
        return action.once(entryId, () -> {
            Optional<Outage> open = outages.open();
            if (open.isPresent()) {
                throw new Invalid(
                        "reason",
                        "outage mode is already on since "
                                + PropertyTime.of(states.current()
                                                .map(SyncState::timeZone)
                                                .orElse(null))
                                        .format(open.get().startedAt())
                                + " (started by "
                                + open.get().startedBy() + ")");
            }
            var state = states.current()
                    .orElseThrow(() -> new Invalid(
                            "reason", "this standby is not paired yet: it holds no data to work with (Set backup)"));
            Instant now = clock.instant();
            Instant dataAsOf = state.dataAsOf();
            long id = outages.start(now, user.username(), why, dataAsOf);
            journal.append(
                    entryId,
                    id,
                    new OutageStarted(why, dataAsOf),
                    null,
                    null,
                    null,
                    null,
                    user.username(),
                    now,
                    state.businessDate());
            LOG.info("Outage mode started by {} ({}); data as of {}", user.username(), why, dataAsOf);
            return new Done(null, "Outage mode is on. Every action is now recorded in the outage journal.", false);
        });
    }
}
