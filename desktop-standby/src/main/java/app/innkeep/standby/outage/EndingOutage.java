package app.innkeep.standby.outage;

import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A night auditor or an admin ends outage mode; the outage's journal is kept for the re-entry. */
@Singleton
public class EndingOutage {

    private static final Logger LOG = LoggerFactory.getLogger(EndingOutage.class);

    private final DeskAction action;
    private final Outages outages;
    private final OutageJournal journal;
    private final Clock clock;

    public EndingOutage(DeskAction action, Outages outages, OutageJournal journal, Clock clock) {
        this.action = action;
        this.outages = outages;
        this.journal = journal;
        this.clock = clock;
    }

    public Done end(DeskUser user, String entryId, String note) {
        if (user.role() == StaffRole.FRONT_DESK) {
            throw new Invalid("note", "only a night auditor or an admin can end outage mode");
        }
        String text = DeskInput.optional("note", note, 500);
        return action.once(entryId, () -> {
            Outage open = outages.open().orElseThrow(() -> new Invalid("note", "outage mode is not on"));
            Instant now = clock.instant();
            journal.append(
                    entryId,
                    open.id(),
                    new OutageEnded(text),
                    null,
                    null,
                    null,
                    null,
                    user.username(),
                    now,
                    action.businessDate());
            outages.end(open.id(), now, user.username(), text);
            LOG.info("Outage mode ended by {}", user.username());
            return new Done(null, "Outage mode is off. The journal of this outage is kept for re-entry.", false);
        });
    }
}
