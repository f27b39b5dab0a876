package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.AvailabilityResponse;
import app.innkeep.cloud.booking.BookingRequests.NightAvailability;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rooms free per room type and night: sellable rooms minus bookings that hold one. */
@Singleton
public class AvailabilityService {

    static final int MAX_DAYS = 92;

    private final Bookings bookings;
    private final Rooms rooms;
    private final MasterCodes codes;
    private final PropertyAccess access;

    public AvailabilityService(Bookings bookings, Rooms rooms, MasterCodes codes, PropertyAccess access) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.codes = codes;
        this.access = access;
    }

    @Transactional
    public AvailabilityResponse availability(
            Caller caller, String propertyCode, LocalDate from, LocalDate to, String roomType) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        if (from == null) {
            throw Problem.invalid("from", "is required (yyyy-mm-dd)");
        }
        if (to == null) {
            throw Problem.invalid("to", "is required (yyyy-mm-dd)");
        }
        if (!to.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw Problem.invalid("to", "must be after from and at most " + MAX_DAYS + " days later");
        }
        List<MasterCodeRow> types = roomType == null
                ? codes.list(property.id(), MasterDataKind.ROOM_TYPE).stream()
                        .filter(MasterCodeRow::active)
                        .toList()
                : List.of(codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, roomType, "roomType"));
        List<NightAvailability> nights = new ArrayList<>();
        for (MasterCodeRow type : types) {
            nights.addAll(nights(property.id(), type.code(), new Stay(from, to), 0L));
        }
        return new AvailabilityResponse(from, to, nights);
    }

    /** Refuses when any night of the stay has no room of the type left, not counting {@code exceptBooking}. */
    public void requireRoomTypeFree(long propertyId, String roomType, Stay stay, long exceptBooking) {
        for (NightAvailability n : nights(propertyId, roomType, stay, exceptBooking)) {
            if (n.available() < 1) {
                throw Problem.conflict(
                        "sold-out",
                        "roomType",
                        "no " + roomType + " room is free on " + n.night() + " (" + n.rooms() + " rooms, " + n.booked()
                                + " booked)");
            }
        }
    }

    private List<NightAvailability> nights(long propertyId, String roomType, Stay stay, long exceptBooking) {
        long sellable = rooms.sellableCount(propertyId, roomType);
        List<BookingRow> holding =
                bookings.holdingInventory(propertyId, roomType, stay.arrival(), stay.departure()).stream()
                        .filter(b -> b.id() != exceptBooking)
                        .toList();
        return stay.eachNight()
                .map(night -> {
                    long booked = holding.stream()
                            .filter(b -> !night.isBefore(b.arrival()) && night.isBefore(b.departure()))
                            .count();
                    return new NightAvailability(night, roomType, sellable, booked, sellable - booked);
                })
                .toList();
    }
}
