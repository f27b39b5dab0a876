package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CheckOutRequest;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.PropertyEvent.BookingCheckedOut;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** Checking a guest out with a settled folio (or a night auditor's override); the room is left dirty. */
@Singleton
public class CheckingOut {

    private final PropertyAccess access;
    private final BookingViews views;
    private final BookingTransitions transitions;
    private final FolioBalances folio;
    private final Rooms rooms;
    private final RoomService roomService;
    private final Clock clock;

    public CheckingOut(
            PropertyAccess access,
            BookingViews views,
            BookingTransitions transitions,
            FolioBalances folio,
            Rooms rooms,
            RoomService roomService,
            Clock clock) {
        this.access = access;
        this.views = views;
        this.transitions = transitions;
        this.folio = folio;
        this.rooms = rooms;
        this.roomService = roomService;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse checkOut(Caller caller, String propertyCode, String confirmation, CheckOutRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        return checkOut(caller.username(), caller.is(StaffRole.NIGHT_AUDITOR), property, confirmation, request);
    }

    /**
     * Checks a guest out inside the caller's transaction, as of the property's business date. Only a night auditor
     * may override an open balance.
     */
    public BookingResponse checkOut(
            String actor, boolean nightAuditor, PropertyRow property, String confirmation, CheckOutRequest request) {
        BookingRow before = views.existing(property, confirmation);
        BookingTransitions.requireStatus(before, BookingStatus.CHECKED_IN, "checked out");
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
        return transitions.apply(
                actor,
                property,
                before,
                after,
                override && balance.signum() != 0 ? "booking.checked-out-override" : "booking.checked-out",
                BookingCheckedOut::new,
                () -> {
                    rooms.releaseNightsFrom(before.id(), departure);
                    roomService.markDirty(property, actor, before.room());
                });
    }
}
