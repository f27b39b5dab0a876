package app.innkeep.cloud.booking;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.guest.GuestRow;
import app.innkeep.cloud.guest.GuestService;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingRules;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.model.Violations;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Taking a new booking: for an existing guest or a new one, with or without a room assigned. */
@Singleton
public class TakingBooking {

    private final PropertyAccess access;
    private final Properties properties;
    private final MasterCodes codes;
    private final BookingHorizon horizon;
    private final AvailabilityService availability;
    private final GuestService guests;
    private final Bookings bookings;
    private final RoomClaims claims;
    private final BookingViews views;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public TakingBooking(
            PropertyAccess access,
            Properties properties,
            MasterCodes codes,
            BookingHorizon horizon,
            AvailabilityService availability,
            GuestService guests,
            Bookings bookings,
            RoomClaims claims,
            BookingViews views,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.access = access;
        this.properties = properties;
        this.codes = codes;
        this.horizon = horizon;
        this.availability = availability;
        this.guests = guests;
        this.bookings = bookings;
        this.claims = claims;
        this.views = views;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse take(Caller caller, String propertyCode, CreateBookingRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow created = take(property, caller.username(), request);
        return views.response(created);
    }

    /**
     * Takes a booking inside the caller's transaction (the online intake adds its deposit to the same one). Checks
     * everything before writing anything.
     */
    public BookingRow take(PropertyRow property, String actor, CreateBookingRequest request) {
        Problem.refuse(faults(property, request));
        codes.requireActive(property.id(), MasterDataKind.SOURCE, request.source(), "source");
        MasterCodeRow roomType =
                codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, request.roomType(), "roomType");
        Stay stay = new Stay(request.arrival(), request.departure());
        int children = request.children() == null ? 0 : request.children();
        RoomClaims.requireOccupancy(roomType, request.adults(), children);
        if ((request.guestId() == null) == (request.guest() == null)) {
            throw Problem.invalid("guest", "give either guestId (an existing guest) or guest (a new one)");
        }
        GuestRow guestRow = request.guestId() != null ? existingGuest(property, request.guestId()) : null;
        if (request.room() != null) {
            claims.requireSellable(property, request.room(), roomType.code(), "room");
        }
        // Locks the property row: availability checks and confirmation numbers are exact under concurrency.
        String confirmation = String.valueOf(properties.nextConfirmation(property.id()));
        availability.requireRoomTypeFree(property.id(), roomType.code(), stay, 0L);
        if (guestRow == null) {
            try {
                guestRow = guests.create(property.id(), request.guest());
            } catch (Problem p) {
                throw p.within("guest");
            }
        }
        Instant now = clock.instant();
        BookingRow draft = new BookingRow(
                0,
                property.id(),
                confirmation,
                guestRow.id(),
                BookingStatus.RESERVED,
                new StayTerms(
                        request.source(),
                        roomType.code(),
                        request.room(),
                        stay.arrival(),
                        stay.departure(),
                        request.adults(),
                        children,
                        request.rate(),
                        null,
                        BookingViews.blankToNull(request.notes())),
                now,
                now);
        long id = bookings.insert(draft);
        if (request.room() != null) {
            claims.claim(property.id(), request.room(), stay, id);
        }
        BookingRow created = bookings.byId(property.id(), id).orElseThrow();
        audit.record(property.id(), actor, "booking.created", "booking", confirmation, null, views.response(created));
        outbox.append(property, actor, new BookingCreated(views.state(created, guestRow)));
        return created;
    }

    /**
     * Every fault of the request the shared rules find, gathered: the stay's dates, the guests, the rate, the notes and
     * a new guest's details (named under {@code guest.}), the same rules the standby's desk applies.
     */
    private Violations faults(PropertyRow property, CreateBookingRequest request) {
        var faults = new Violations();
        BookingRules.newStay(faults, request.arrival(), request.departure(), property.businessDate(), horizon.period());
        BookingRules.occupancy(faults, request.adults(), request.children());
        faults.add("rate", BookingRules.amount(request.rate(), true));
        BookingRules.notes(faults, request.notes());
        if (request.guest() != null) {
            var guest = new Violations();
            var g = request.guest();
            BookingRules.guest(guest, g.firstName(), g.lastName(), g.email(), g.phone(), null);
            faults.addAll("guest.", guest);
        }
        return faults;
    }

    private GuestRow existingGuest(PropertyRow property, long guestId) {
        try {
            return guests.existing(property.id(), guestId);
        } catch (Problem notFound) {
            throw Problem.invalid("guestId", "unknown guest " + guestId);
        }
    }
}
