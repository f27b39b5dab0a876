package app.innkeep.cloud.booking;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckOutRequest;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.BookingRequests.ModifyBookingRequest;
import app.innkeep.cloud.feed.Outbox;
import app.innkeep.cloud.folio.FolioLines;
import app.innkeep.cloud.guest.GuestRequests.GuestResponse;
import app.innkeep.cloud.guest.GuestRow;
import app.innkeep.cloud.guest.GuestService;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.FreeText;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingCancelled;
import app.innkeep.model.event.PropertyEvent.BookingCheckedIn;
import app.innkeep.model.event.PropertyEvent.BookingCheckedOut;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import app.innkeep.model.event.PropertyEvent.BookingNoShow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The life of a booking: create, modify, cancel, check in, check out, no-show, and search. Rooms are claimed night by
 * night in {@code ROOM_NIGHT}, so the database itself refuses a double booking.
 */
@Singleton
public class BookingService {

    static final Set<StaffRole> DESK = Set.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN);

    private final Bookings bookings;
    private final Rooms rooms;
    private final RoomService roomService;
    private final GuestService guests;
    private final MasterCodes codes;
    private final Properties properties;
    private final PropertyAccess access;
    private final FolioLines folio;
    private final AvailabilityService availability;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final BookingHorizon horizon;
    private final Clock clock;

    public BookingService(
            Bookings bookings,
            Rooms rooms,
            RoomService roomService,
            GuestService guests,
            MasterCodes codes,
            Properties properties,
            PropertyAccess access,
            FolioLines folio,
            AvailabilityService availability,
            AuditTrail audit,
            Outbox outbox,
            BookingHorizon horizon,
            Clock clock) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.roomService = roomService;
        this.guests = guests;
        this.codes = codes;
        this.properties = properties;
        this.access = access;
        this.folio = folio;
        this.availability = availability;
        this.audit = audit;
        this.outbox = outbox;
        this.horizon = horizon;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse get(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.require(caller, propertyCode, DESK);
        return response(existing(property, confirmation));
    }

    @Transactional
    public List<BookingResponse> search(Caller caller, String propertyCode, Bookings.Criteria criteria) {
        PropertyRow property = access.require(caller, propertyCode, DESK);
        return bookings.search(property.id(), criteria).stream()
                .map(this::response)
                .toList();
    }

    @Transactional
    public BookingResponse create(Caller caller, String propertyCode, CreateBookingRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        BookingRow created = createBooking(property, caller.username(), request);
        return response(created);
    }

    /**
     * Creates a booking inside the caller's transaction (the online intake adds its deposit to the same one).
     * Checks everything before writing anything.
     */
    public BookingRow createBooking(PropertyRow property, String actor, CreateBookingRequest request) {
        Problem.refuse("notes", FreeText.cardNumber(request.notes()));
        codes.requireActive(property.id(), MasterDataKind.SOURCE, request.source(), "source");
        MasterCodeRow roomType =
                codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, request.roomType(), "roomType");
        Stay stay = new Stay(request.arrival(), request.departure());
        if (stay.arrival().isBefore(property.businessDate())) {
            throw Problem.invalid("arrival", "is before the business date " + property.businessDate());
        }
        horizon.require("arrival", stay.arrival(), property.businessDate());
        horizon.require("departure", stay.departure(), property.businessDate());
        int children = request.children() == null ? 0 : request.children();
        requireOccupancy(roomType, request.adults(), children);
        if ((request.guestId() == null) == (request.guest() == null)) {
            throw Problem.invalid("guest", "give either guestId (an existing guest) or guest (a new one)");
        }
        GuestRow guestRow = request.guestId() != null ? existingGuest(property, request.guestId()) : null;
        if (request.room() != null) {
            requireSellableRoom(property, request.room(), roomType.code(), "room");
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
                request.source(),
                roomType.code(),
                request.room(),
                stay.arrival(),
                stay.departure(),
                request.adults(),
                children,
                request.rate(),
                BookingStatus.RESERVED,
                null,
                blankToNull(request.notes()),
                now,
                now);
        long id = bookings.insert(draft);
        if (request.room() != null) {
            claimRoom(property.id(), request.room(), stay, id);
        }
        BookingRow created = bookings.byId(property.id(), id).orElseThrow();
        audit.record(property.id(), actor, "booking.created", "booking", confirmation, null, response(created));
        outbox.append(property, actor, new BookingCreated(state(created, guestRow)));
        return created;
    }

    @Transactional
    public BookingResponse modify(
            Caller caller, String propertyCode, String confirmation, ModifyBookingRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        return modify(caller.username(), property, confirmation, request);
    }

    /** Modifies a booking inside the caller's transaction; the property is locked and its business date the one to use. */
    public BookingResponse modify(String actor, PropertyRow property, String ref, ModifyBookingRequest request) {
        BookingRow before = existing(property, ref);
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
        requireOccupancy(roomType, adults, children);
        String room = request.room() != null
                ? request.room()
                : (roomType.code().equals(before.roomType()) ? before.room() : null);
        if (inHouse && room == null) {
            throw Problem.invalid("room", "an in-house guest needs a room of type " + roomType.code());
        }
        if (room != null && !room.equals(before.room())) {
            RoomRow target = requireSellableRoom(property, room, roomType.code(), "room");
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
                source,
                roomType.code(),
                room,
                stay.arrival(),
                stay.departure(),
                adults,
                children,
                Objects.requireNonNullElse(request.rate(), before.rate()),
                before.status(),
                null,
                request.notes() == null ? before.notes() : blankToNull(request.notes()),
                before.createdAt(),
                clock.instant());
        BookingResponse beforeResponse = response(before);
        rooms.releaseNights(before.id());
        if (room != null) {
            claimRoom(property.id(), room, stay, before.id());
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
                response(bookings.byId(property.id(), before.id()).orElseThrow());
        audit.record(property.id(), actor, "booking.modified", "booking", confirmation, beforeResponse, afterResponse);
        outbox.append(
                property,
                actor,
                new BookingModified(
                        state(bookings.byId(property.id(), before.id()).orElseThrow())));
        return afterResponse;
    }

    @Transactional
    public BookingResponse cancel(Caller caller, String propertyCode, String confirmation, CancelRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        return cancel(caller.username(), property, confirmation, request);
    }

    /** Cancels a booking inside the caller's transaction. */
    public BookingResponse cancel(String actor, PropertyRow property, String confirmation, CancelRequest request) {
        BookingRow before = existing(property, confirmation);
        Problem.refuse("reason", FreeText.cardNumber(request.reason()));
        requireStatus(before, BookingStatus.RESERVED, "cancelled");
        BookingRow after = before.transitioned(
                BookingStatus.CANCELLED,
                before.room(),
                before.departure(),
                request.reason().strip(),
                clock.instant());
        return transition(actor, property, before, after, "booking.cancelled", () -> rooms.releaseNights(before.id()));
    }

    @Transactional
    public BookingResponse noShow(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        BookingRow before = existing(property, confirmation);
        requireStatus(before, BookingStatus.RESERVED, "marked a no-show");
        if (before.arrival().isAfter(property.businessDate())) {
            throw Problem.conflict(
                    "not-arrived-yet",
                    "arrival",
                    "the guest is due on " + before.arrival() + "; a no-show can be recorded from that day");
        }
        return transition(
                caller.username(),
                property,
                before,
                before.with(BookingStatus.NO_SHOW),
                "booking.no-show",
                () -> rooms.releaseNights(before.id()));
    }

    @Transactional
    public BookingResponse checkIn(Caller caller, String propertyCode, String confirmation, CheckInRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        return checkIn(caller.username(), property, confirmation, request);
    }

    /** Checks a guest in inside the caller's transaction, as of the property's business date. */
    public BookingResponse checkIn(String actor, PropertyRow property, String confirmation, CheckInRequest request) {
        BookingRow before = existing(property, confirmation);
        requireStatus(before, BookingStatus.RESERVED, "checked in");
        LocalDate today = property.businessDate();
        if (before.arrival().isAfter(today)) {
            throw Problem.conflict(
                    "not-arrived-yet",
                    "arrival",
                    "the booking arrives on " + before.arrival() + ", the business date is " + today);
        }
        if (!before.departure().isAfter(today)) {
            throw Problem.conflict(
                    "stay-over", "departure", "the stay ended on " + before.departure() + "; modify the dates first");
        }
        String room = request != null && request.room() != null ? request.room() : before.room();
        if (room == null) {
            throw Problem.invalid("room", "assign a room to check in");
        }
        RoomRow target = requireSellableRoom(property, room, before.roomType(), "room");
        if (!target.housekeeping().readyForArrival()) {
            throw Problem.conflict(
                    "room-not-ready",
                    "room",
                    "room " + room + " is " + target.housekeeping() + "; it must be clean or inspected");
        }
        BookingRow after =
                before.transitioned(BookingStatus.CHECKED_IN, room, before.departure(), null, clock.instant());
        return transition(actor, property, before, after, "booking.checked-in", () -> {
            if (!room.equals(before.room())) {
                rooms.releaseNights(before.id());
                claimRoom(property.id(), room, before.stay(), before.id());
            }
        });
    }

    @Transactional
    public BookingResponse checkOut(Caller caller, String propertyCode, String confirmation, CheckOutRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        return checkOut(caller.username(), caller.is(StaffRole.NIGHT_AUDITOR), property, confirmation, request);
    }

    /**
     * Checks a guest out inside the caller's transaction, as of the property's business date. Only a night auditor
     * may override an open balance.
     */
    public BookingResponse checkOut(
            String actor, boolean nightAuditor, PropertyRow property, String confirmation, CheckOutRequest request) {
        BookingRow before = existing(property, confirmation);
        requireStatus(before, BookingStatus.CHECKED_IN, "checked out");
        BigDecimal balance = folio.balance(property.id(), before.id());
        boolean override = request != null && Boolean.TRUE.equals(request.override());
        if (balance.signum() != 0) {
            if (!override) {
                throw Problem.conflict(
                        "balance-open",
                        "balance",
                        "the folio balance is " + balance.toPlainString() + " " + property.currency()
                                + "; settle it, or a night auditor may check out with override");
            }
            if (!nightAuditor) {
                throw Problem.forbidden("only a night auditor may check out a guest whose folio does not balance");
            }
        }
        LocalDate today = property.businessDate();
        // An early departure frees the rest of the stay; a late one keeps its last night.
        LocalDate departure = !today.isBefore(before.departure())
                ? before.departure()
                : today.isAfter(before.arrival()) ? today : before.arrival().plusDays(1);
        BookingRow after =
                before.transitioned(BookingStatus.CHECKED_OUT, before.room(), departure, null, clock.instant());
        return transition(
                actor,
                property,
                before,
                after,
                override && balance.signum() != 0 ? "booking.checked-out-override" : "booking.checked-out",
                () -> {
                    rooms.releaseNightsFrom(before.id(), departure);
                    roomService.markDirty(property, actor, before.room());
                });
    }

    private BookingResponse transition(
            String actor, PropertyRow property, BookingRow before, BookingRow after, String action, Runnable effects) {
        BookingResponse beforeResponse = response(before);
        effects.run();
        bookings.update(after, clock.instant());
        BookingResponse afterResponse = response(after);
        audit.record(property.id(), actor, action, "booking", after.confirmation(), beforeResponse, afterResponse);
        outbox.append(property, actor, event(action, state(after)));
        return afterResponse;
    }

    /** The feed event for a booking change, named like its audit action. */
    private static PropertyEvent event(String action, BookingState state) {
        return switch (action) {
            case "booking.cancelled" -> new BookingCancelled(state);
            case "booking.no-show" -> new BookingNoShow(state);
            case "booking.checked-in" -> new BookingCheckedIn(state);
            case "booking.checked-out", "booking.checked-out-override" -> new BookingCheckedOut(state);
            default -> throw new IllegalArgumentException("no feed event for " + action);
        };
    }

    /** The whole booking as the feed carries it. */
    public BookingState state(BookingRow b) {
        return state(b, guests.existing(b.propertyId(), b.guestId()));
    }

    /** The same, when the guest is already at hand (no second read). */
    public BookingState state(BookingRow b, GuestRow g) {
        return new BookingState(
                b.confirmation(),
                b.status().name(),
                new GuestState(g.id(), g.firstName(), g.lastName(), g.email(), g.phone()),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                b.cancelReason(),
                b.notes());
    }

    private void claimRoom(long propertyId, String room, Stay stay, long bookingId) {
        rooms.occupyingBooking(propertyId, room, stay.arrival(), stay.departure(), bookingId)
                .ifPresent(other -> {
                    String otherConfirmation = bookings.byId(propertyId, other)
                            .map(BookingRow::confirmation)
                            .orElse("another booking");
                    throw Problem.conflict(
                            "room-taken",
                            "room",
                            "room " + room + " is already booked by " + otherConfirmation + " for part of "
                                    + stay.arrival() + " to " + stay.departure());
                });
        // Even if a concurrent request slipped past the check above, the room-night key refuses the second booking.
        rooms.claimNights(propertyId, room, stay.arrival(), stay.departure(), bookingId);
    }

    private RoomRow requireSellableRoom(PropertyRow property, String number, String roomType, String field) {
        RoomRow room =
                rooms.find(property.id(), number).orElseThrow(() -> Problem.invalid(field, "unknown room " + number));
        if (!room.active()) {
            throw Problem.invalid(field, "room " + number + " is deactivated");
        }
        if (room.outOfOrder()) {
            throw Problem.conflict("room-out-of-order", field, "room " + number + " is out of order");
        }
        if (!room.roomType().equals(roomType)) {
            throw Problem.invalid(
                    field, "room " + number + " is a " + room.roomType() + ", the booking is for " + roomType);
        }
        return room;
    }

    private static void requireOccupancy(MasterCodeRow roomType, int adults, int children) {
        if (roomType.maxOccupancy() != null && adults + children > roomType.maxOccupancy()) {
            throw Problem.invalid(
                    "adults", "room type " + roomType.code() + " sleeps at most " + roomType.maxOccupancy());
        }
    }

    private static void requireStatus(BookingRow booking, BookingStatus required, String verb) {
        if (booking.status() != required) {
            throw Problem.conflict(
                    "wrong-status",
                    "status",
                    "booking " + booking.confirmation() + " is " + booking.status() + "; only a " + required
                            + " booking can be " + verb);
        }
    }

    private GuestRow existingGuest(PropertyRow property, long guestId) {
        try {
            return guests.existing(property.id(), guestId);
        } catch (Problem notFound) {
            throw Problem.invalid("guestId", "unknown guest " + guestId);
        }
    }

    /** The booking by its confirmation number, or by the standby D-number it was re-entered under. */
    public BookingRow existing(PropertyRow property, String confirmation) {
        return bookings.byConfirmation(property.id(), confirmation)
                .or(() -> bookings.byAlias(property.id(), confirmation))
                .orElseThrow(() -> Problem.notFound("booking", confirmation));
    }

    public BookingResponse response(BookingRow b) {
        GuestRow g = guests.existing(b.propertyId(), b.guestId());
        return new BookingResponse(
                b.confirmation(),
                b.status(),
                GuestResponse.of(g),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                folio.balance(b.propertyId(), b.id()),
                b.cancelReason(),
                b.notes());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
