package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A day the standby closed while cut off, re-entered: the cloud rolls its business date from that day to the next, as
 * its own night audit would, without posting RENT (the standby's RENT entries bring each night's RENT, once per
 * booking and night). The date only moves forward, one day at a time (ADR 0017).
 */
@Singleton
public class StandbyDayClose {

    private static final Logger LOG = LoggerFactory.getLogger(StandbyDayClose.class);

    /** What the re-entered close did: rolled the cloud's date, or nothing because the cloud had closed that day. */
    public enum Outcome {
        ROLLED,
        ALREADY_CLOSED
    }

    private final Properties properties;
    private final ClosedDays closedDays;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public StandbyDayClose(Properties properties, ClosedDays closedDays, Outbox outbox, AuditTrail audit, Clock clock) {
        this.properties = properties;
        this.closedDays = closedDays;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Closes {@code closed} for the standby, inside the caller's transaction with the property row locked; {@code live}
     * is the property as it is now. Refused (409) while the cloud is still on an earlier day.
     */
    public Outcome close(PropertyRow live, LocalDate closed, String actor, String entryId) {
        LocalDate today = live.businessDate();
        if (closed.isAfter(today)) {
            throw Problem.conflict(
                    "close-earlier-day-first",
                    "businessDate",
                    "the cloud is still on " + today + " and cannot close " + closed + " before it: close " + today
                            + " first (re-enter the standby's close of " + today
                            + ", or run the cloud's night audit for it), then this one");
        }
        if (closed.isBefore(today)) {
            String by = closedDays
                    .find(live.id(), closed)
                    .map(d -> d.closedBy() == DayCloser.CLOUD ? "the cloud's night audit" : "the standby")
                    .orElse("the cloud");
            audit.record(
                    live.id(),
                    actor,
                    "night-audit.standby-close-already-closed",
                    "business-date",
                    closed.toString(),
                    null,
                    Map.of("closedBy", by, "entryId", entryId));
            LOG.info("{}: the standby's close of {} needs nothing, {} closed it already", live.code(), closed, by);
            return Outcome.ALREADY_CLOSED;
        }
        LocalDate next = closed.plusDays(1);
        closedDays.insert(
                new ClosedDays.ClosedDay(live.id(), closed, DayCloser.STANDBY, entryId, false, clock.instant(), actor));
        properties.setBusinessDate(live.id(), next);
        outbox.append(live, actor, closed, new BusinessDateRolled(closed, next));
        audit.record(
                live.id(),
                actor,
                "night-audit.closed-by-standby",
                "business-date",
                closed.toString(),
                null,
                Map.of("closedDate", closed.toString(), "businessDate", next.toString(), "entryId", entryId));
        LOG.info("{}: the standby's close of {} re-entered; business date is now {}", live.code(), closed, next);
        return Outcome.ROLLED;
    }

    /** How a stored close answers: whether this entry rolled the day, or found it closed already. */
    public Outcome outcomeOf(long propertyId, LocalDate closed, String entryId) {
        return closedDays
                .find(propertyId, closed)
                .filter(d ->
                        entryId.equals(d.entryId() == null ? null : d.entryId().strip()))
                .map(d -> Outcome.ROLLED)
                .orElse(Outcome.ALREADY_CLOSED);
    }
}
