package app.innkeep.cloud.booking;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.ModifyBookingRequest;
import app.innkeep.cloud.guest.GuestRow;
import app.innkeep.cloud.guest.GuestService;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText;
import app.innkeep.model.StayTerms;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Changing a reserved or in-house booking: dates, room type, room, guests, rate, notes. An in-house guest keeps the
 * arrival and moves only into a room ready for them; the room left behind is marked dirty.
 */
@Singleton
public class ChangingBooking {

    private final PropertyAccess access;
    private final MasterCodes codes;
    private final BookingHorizon horizon;
    private final AvailabilityService availability;
    private final GuestService guests;
    private final Bookings bookings;
    private final Rooms rooms;
    private final RoomService roomService;
    private final RoomClaims claims;
    private final BookingViews views;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public ChangingBooking(
            PropertyAccess access,
            MasterCodes codes,
            BookingHorizon horizon,
            AvailabilityService availability,
            GuestService guests,
            Bookings bookings,
            Rooms rooms,
            RoomService roomService,
            RoomClaims claims,
            BookingViews views,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.access = access;
        this.codes = codes;
        this.horizon = horizon;
        this.availability = availability;
        this.guests = guests;
        this.bookings = bookings;
        this.rooms = rooms;
        this.roomService = roomService;
        this.claims = claims;
        this.views = views;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse change(
            Caller caller, String propertyCode, String confirmation, ModifyBookingRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        return change(caller.username(), property, confirmation, request);
    }

    /** Changes a booking inside the caller's transaction; the property is locked and its business date the one to use. */
    public BookingResponse change(String actor, PropertyRow property, String ref, ModifyBookingRequest request) {
        BookingRow before = views.existing(property, ref);
        String confirmation = before.confirmation();
        Problem.refuse("notes", FreeText.cardNumber(request.notes()));
        if (!before.status().holdsInventory()) {
            throw Problem.conflict("booking-closed", "status", "a " + before.status() + " booking cannot be modified");
        }
        boolean inHouse = before.status() == BookingStatus.CHECKED_IN;
        LocalDate arrival = Objects.requireNonNullElse(request.arrival(), before.arrival());
        if (inHouse && !arrival.equals(before.arrival())) {
            throw Problem.invalid("arrival", "cannot change for a guest already checked in");
        }
        Stay stay = new Stay(arrival, Objects.requireNonNullElse(request.departure(), before.departure()));
        // Only dates being changed: a booking taken under a longer horizon keeps its other fields changeable.
        horizon.require("arrival", request.arrival(), property.businessDate());
        horizon.require("departure", request.departure(), property.businessDate());
        if (!inHouse
                && stay.arrival().isBefore(property.businessDate())
                && !stay.arrival().equals(before.arrival())) {
            throw Problem.invalid("arrival", "is before the business date " + property.businessDate());
        }
        if (inHouse && !stay.departure().isAfter(property.businessDate())) {
            throw Problem.invalid(
                    "departure", "must be after the business date " + property.businessDate() + "; check out instead");
        }
        String source = Objects.requireNonNullElse(request.source(), before.source());
        if (request.source() != null) {
            codes.requireActive(property.id(), MasterDataKind.SOURCE, source, "source");
        }
        MasterCodeRow roomType = request.roomType() == null
                ? codes.find(property.id(), MasterDataKind.ROOM_TYPE, before.roomType())
                        .orElseThrow()
                : codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, request.roomType(), "roomType");
        int adults = Objects.requireNonNullElse(request.adults(), before.adults());
        int children = Objects.requireNonNullElse(request.children(), before.children());
        RoomClaims.requireOccupancy(roomType, adults, children);
        String room = request.room() != null
                ? request.room()
                : (roomType.code().equals(before.roomType()) ? before.room() : null);
        if (inHouse && room == null) {
            throw Problem.invalid("room", "an in-house guest needs a room of type " + roomType.code());
        }
        if (room != null && !room.equals(before.room())) {
            RoomRow target = claims.requireSellable(property, room, roomType.code(), "room");
            if (inHouse && !target.housekeeping().readyForArrival()) {
                throw Problem.conflict(
                        "room-not-ready",
                        "room",
                        "room " + room + " is " + target.housekeeping() + "; the guest cannot move in yet");
            }
        }
        availability.requireRoomTypeFree(property.id(), roomType.code(), stay, before.id());
        BookingRow after = new BookingRow(
                before.id(),
                property.id(),
                confirmation,
                before.guestId(),
                before.status(),
                new StayTerms(
                        source,
                        roomType.code(),
                        room,
                        stay.arrival(),
                        stay.departure(),
                        adults,
                        children,
                        Objects.requireNonNullElse(request.rate(), before.rate()),
                        null,
                        request.notes() == null ? before.notes() : BookingViews.blankToNull(request.notes())),
                before.createdAt(),
                clock.instant());
        BookingResponse beforeResponse = views.response(before);
        rooms.releaseNights(before.id());
        if (room != null) {
            claims.claim(property.id(), room, stay, before.id());
        }
        bookings.update(after, clock.instant());
        if (request.guest() != null) {
            GuestRow guest = guests.existing(property.id(), before.guestId());
            try {
                guests.update(property.id(), guest, request.guest());
            } catch (Problem p) {
                throw p.within("guest");
            }
        }
        if (inHouse && before.room() != null && !before.room().equals(room)) {
            roomService.markDirty(property, actor, before.room());
        }
        BookingResponse afterResponse =
                views.response(bookings.byId(property.id(), before.id()).orElseThrow());
        audit.record(property.id(), actor, "booking.modified", "booking", confirmation, beforeResponse, afterResponse);
        outbox.append(
                property,
                actor,
                new BookingModified(
                        views.state(bookings.byId(property.id(), before.id()).orElseThrow())));
        return afterResponse;
    }
}
