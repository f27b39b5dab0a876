package app.innkeep.standby.outage;

import app.innkeep.model.PropertyTime;
import app.innkeep.standby.outage.DaysClosed.ClosedDay;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The desk's business date: in an outage whose night audit closed a day, the day after the last one closed; otherwise
 * the one the cloud last sent. Every page, printout and journal entry of the desk takes it from here. In the caller's
 * transaction.
 */
@Singleton
public class BusinessDay {

    private final SyncStates states;
    private final Outages outages;
    private final DaysClosed days;

    BusinessDay(SyncStates states, Outages outages, DaysClosed days) {
        this.states = states;
        this.outages = outages;
        this.days = days;
    }

    /** The desk's business date; empty before the standby is paired. */
    public Optional<LocalDate> current() {
        Optional<LocalDate> closedUpTo =
                outages.open().flatMap(o -> days.last(o.id())).map(ClosedDay::next);
        return closedUpTo.or(() -> states.current().map(SyncState::businessDate));
    }

    /** The property's clock, for times in what the desk reads (UTC until the standby is paired). */
    public PropertyTime propertyTime() {
        return states.current().map(s -> PropertyTime.of(s.timeZone())).orElseGet(() -> PropertyTime.of(null));
    }
}
