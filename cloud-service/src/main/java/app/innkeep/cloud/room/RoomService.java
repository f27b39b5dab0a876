package app.innkeep.cloud.room;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRequests.CreateRoomRequest;
import app.innkeep.cloud.room.RoomRequests.RoomResponse;
import app.innkeep.cloud.room.RoomRequests.RoomStatusRequest;
import app.innkeep.cloud.room.RoomRequests.UpdateRoomRequest;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The room list (property admin) and room status (front desk, housekeeping through the desk). */
@Singleton
public class RoomService {

    private static final Set<StaffRole> ADMIN = Set.of(StaffRole.PROPERTY_ADMIN);

    private final Rooms rooms;
    private final MasterCodes codes;
    private final PropertyAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public RoomService(
            Rooms rooms, MasterCodes codes, PropertyAccess access, AuditTrail audit, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.rooms = rooms;
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<RoomResponse> list(Caller caller, String propertyCode) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return rooms.list(property.id()).stream().map(RoomResponse::of).toList();
    }

    @Transactional
    public RoomResponse get(Caller caller, String propertyCode, String number) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return RoomResponse.of(existing(property, number));
    }

    @Transactional
    public RoomResponse create(Caller caller, String propertyCode, CreateRoomRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, ADMIN);
        codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, request.roomType(), "roomType");
        if (rooms.find(property.id(), request.number()).isPresent()) {
            throw Problem.conflict("room-exists", "number", "room " + request.number() + " already exists");
        }
        RoomRow room =
                new RoomRow(property.id(), request.number(), request.roomType(), Housekeeping.CLEAN, false, true);
        rooms.insert(room, clock.instant());
        RoomResponse response = RoomResponse.of(room);
        audit.record(property.id(), caller.username(), "room.created", "room", room.number(), null, response);
        outbox.append(property, caller.username(), roomEvent(room));
        return response;
    }

    @Transactional
    public RoomResponse update(Caller caller, String propertyCode, String number, UpdateRoomRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, ADMIN);
        RoomRow before = existing(property, number);
        codes.requireActive(property.id(), MasterDataKind.ROOM_TYPE, request.roomType(), "roomType");
        RoomRow after = new RoomRow(
                property.id(),
                number,
                request.roomType(),
                before.housekeeping(),
                before.outOfOrder(),
                request.active());
        return save(caller.username(), property, before, after, "room.updated");
    }

    @Transactional
    public RoomResponse setStatus(Caller caller, String propertyCode, String number, RoomStatusRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        return setStatus(caller.username(), property, number, request);
    }

    /** Sets a room's status inside the caller's transaction. */
    public RoomResponse setStatus(String actor, PropertyRow property, String number, RoomStatusRequest request) {
        RoomRow before = existing(property, number);
        RoomRow after = new RoomRow(
                property.id(),
                number,
                before.roomType(),
                request.housekeeping(),
                request.outOfOrder(),
                before.active());
        return save(actor, property, before, after, "room.status-changed");
    }

    /** Marks a room dirty when its guest leaves. */
    public void markDirty(PropertyRow property, String actor, String number) {
        rooms.find(property.id(), number).ifPresent(r -> {
            RoomRow dirty =
                    new RoomRow(property.id(), number, r.roomType(), Housekeeping.DIRTY, r.outOfOrder(), r.active());
            rooms.update(dirty, clock.instant());
            outbox.append(property, actor, statusEvent(dirty));
        });
    }

    private RoomResponse save(String actor, PropertyRow property, RoomRow before, RoomRow after, String action) {
        rooms.update(after, clock.instant());
        RoomResponse response = RoomResponse.of(after);
        audit.record(property.id(), actor, action, "room", after.number(), RoomResponse.of(before), response);
        outbox.append(property, actor, action.equals("room.status-changed") ? statusEvent(after) : roomEvent(after));
        return response;
    }

    private static PropertyEvent statusEvent(RoomRow r) {
        return new RoomStatusChanged(r.number(), r.roomType(), r.housekeeping().name(), r.outOfOrder());
    }

    /** A room is master data on the standby: its number, type and whether it is in use. */
    private static PropertyEvent roomEvent(RoomRow r) {
        return new MasterDataChanged("room", r.number(), null, null, null, null, r.roomType(), r.active(), false);
    }

    private RoomRow existing(PropertyRow property, String number) {
        return rooms.find(property.id(), number).orElseThrow(() -> Problem.notFound("room", number));
    }
}
