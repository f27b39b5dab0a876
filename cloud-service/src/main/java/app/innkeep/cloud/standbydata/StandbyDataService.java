package app.innkeep.cloud.standbydata;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.snapshot.KeptOnStandby;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each property's standby keeps (issue 18), chosen by the property's admin or by support. The snapshot and the
 * feed read it for every standby; a change gets a new version, which the standby sees at its next sync and resyncs for.
 */
@Singleton
public class StandbyDataService {

    private static final Logger LOG = LoggerFactory.getLogger(StandbyDataService.class);
    private static final Set<StaffRole> CHOOSERS = Set.of(StaffRole.PROPERTY_ADMIN, StaffRole.SUPPORT);

    private final Properties properties;
    private final PropertyAccess access;
    private final StandbyDataChoices stored;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultHistoryDays;

    public StandbyDataService(
            Properties properties,
            PropertyAccess access,
            StandbyDataChoices stored,
            AuditTrail audit,
            Clock clock,
            @Value("${innkeep.snapshot.history-days:90}") int defaultHistoryDays) {
        this.properties = properties;
        this.access = access;
        this.stored = stored;
        this.audit = audit;
        this.clock = clock;
        this.defaultHistoryDays = defaultHistoryDays;
    }

    /** The property's choice, or the defaults (what the standby kept before there was a choice). */
    @Transactional
    public DataChoices current(String propertyCode) {
        PropertyRow property =
                properties.byCode(propertyCode).orElseThrow(() -> Problem.notFound("property", propertyCode));
        return choiceOf(property.id()).choices();
    }

    /** The choice with its version, for the property's admin or support. */
    @Transactional
    public StandbyDataChoice choice(Caller caller, String propertyCode) {
        return choiceOf(access.require(caller, propertyCode, CHOOSERS).id());
    }

    /**
     * Stores a new choice, audit-logged with who made it. The same choice again changes nothing: no new version (the
     * standby does not resync for it) and no audit entry.
     */
    @Transactional
    public DataChoices choose(Caller caller, String propertyCode, DataChoices choices) {
        if (choices == null) {
            throw Problem.invalid("historyDays", "is required");
        }
        if (choices.historyDays() < DataChoices.FEWEST_DAYS || choices.historyDays() > DataChoices.MOST_DAYS) {
            throw Problem.invalid(
                    "historyDays", "must be between " + DataChoices.FEWEST_DAYS + " and " + DataChoices.MOST_DAYS);
        }
        PropertyRow property = access.requireForChange(caller, propertyCode, CHOOSERS);
        StandbyDataChoice before = choiceOf(property.id());
        if (before.choices().equals(choices)) {
            return before.choices();
        }
        long version = before.version() + 1;
        stored.save(property.id(), choices, version, clock.instant(), caller.username());
        StandbyDataChoice after = choiceOf(property.id());
        audit.record(
                property.id(),
                caller.username(),
                "standby-data.chosen",
                "standby-data",
                propertyCode,
                StandbyDataResponse.of(propertyCode, before),
                StandbyDataResponse.of(propertyCode, after));
        LOG.info(
                "Standby data of {} chosen by {} (version {}): {} days of history, contact details {}, notes {}",
                propertyCode,
                caller.username(),
                version,
                choices.historyDays(),
                choices.contactDetails() ? "kept" : "left out",
                choices.notes() ? "kept" : "left out");
        return choices;
    }

    /** The stored choice of a property already let in (a paired device's feed or snapshot), or the defaults. */
    public StandbyDataChoice choiceOf(long propertyId) {
        return stored.of(propertyId).orElseGet(this::defaults);
    }

    /** What a standby keeps, given the stored choice read with its device (null when none was ever made). */
    public KeptOnStandby kept(@Nullable KeptOnStandby stored) {
        return stored != null ? stored : defaults().kept();
    }

    private StandbyDataChoice defaults() {
        return new StandbyDataChoice(new DataChoices(defaultHistoryDays, true, true), 0, null, null);
    }
}
