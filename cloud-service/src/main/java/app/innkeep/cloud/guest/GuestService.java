package app.innkeep.cloud.guest;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.guest.GuestRequests.GuestResponse;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingRules;
import app.innkeep.model.Violations;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** Guest profiles: search by name, read, correct details. */
@Singleton
public class GuestService {

    private final Guests guests;
    private final PropertyAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<GuestUpdated> updates;
    private final Clock clock;

    public GuestService(
            Guests guests,
            PropertyAccess access,
            AuditTrail audit,
            ApplicationEventPublisher<GuestUpdated> updates,
            Clock clock) {
        this.updates = updates;
        this.guests = guests;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<GuestResponse> search(Caller caller, String propertyCode, String name) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        if (name == null || name.isBlank()) {
            throw Problem.invalid("name", "is required (part of the guest's name)");
        }
        return guests.search(property.id(), name, 100).stream()
                .map(GuestResponse::of)
                .toList();
    }

    @Transactional
    public GuestResponse get(Caller caller, String propertyCode, long id) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return GuestResponse.of(existing(property.id(), id));
    }

    @Transactional
    public GuestResponse update(Caller caller, String propertyCode, long id, GuestDetails details) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        GuestRow before = existing(property.id(), id);
        GuestRow after = update(property.id(), before, details);
        audit.record(
                property.id(),
                caller.username(),
                "guest.updated",
                "guest",
                String.valueOf(id),
                GuestResponse.of(before),
                GuestResponse.of(after));
        updates.publishEvent(new GuestUpdated(property, caller.username(), id));
        return GuestResponse.of(after);
    }

    /** Creates a guest for a new booking; bookings call this inside their own transaction. */
    public GuestRow create(long propertyId, GuestDetails details) {
        refuseFaults(details);
        long id = guests.insert(
                propertyId,
                details.firstName().strip(),
                details.lastName().strip(),
                blankToNull(details.email()),
                blankToNull(details.phone()),
                clock.instant());
        return guests.find(propertyId, id).orElseThrow();
    }

    public GuestRow update(long propertyId, GuestRow before, GuestDetails details) {
        refuseFaults(details);
        GuestRow after = new GuestRow(
                before.id(),
                propertyId,
                details.firstName().strip(),
                details.lastName().strip(),
                blankToNull(details.email()),
                blankToNull(details.phone()));
        guests.update(after, clock.instant());
        return after;
    }

    public GuestRow existing(long propertyId, long id) {
        return guests.find(propertyId, id).orElseThrow(() -> Problem.notFound("guest", String.valueOf(id)));
    }

    /** The shared guest rules the standby's desk applies too; every fault at once. */
    private static void refuseFaults(GuestDetails d) {
        var faults = new Violations();
        BookingRules.guest(faults, d.firstName(), d.lastName(), d.email(), d.phone(), null);
        Problem.refuse(faults);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
