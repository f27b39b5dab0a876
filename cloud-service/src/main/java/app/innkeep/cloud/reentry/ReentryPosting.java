package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.reentry.EntryFields.booking;
import static app.innkeep.cloud.reentry.EntryFields.line;
import static app.innkeep.cloud.reentry.EntryFields.required;
import static app.innkeep.cloud.reentry.EntryFields.under;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.folio.Origin;
import app.innkeep.cloud.nightaudit.StandbyDayClose;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.DeviceAccess.AuthorizedDevice;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryEntries.EntryRow;
import app.innkeep.cloud.reentry.ReentryRequests.EntryRequest;
import app.innkeep.cloud.reentry.ReentryRequests.EntryRoom;
import app.innkeep.cloud.room.RoomRequests.RoomStatusRequest;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Re-entry: what the standby did during an outage, posted to the cloud entry by entry through the same use cases the
 * desk uses (same checks, audit trail and feed events), as of the business date the standby had then.
 *
 * <p>Each entry is recorded in the same transaction as its effect, keyed by property and entry id: the same entry
 * sent again, however often and even concurrently, returns the recorded answer and changes nothing. A refused entry
 * records nothing, so the standby may fix the cause and send it again under the same id (ADR 0011).
 */
@Singleton
public class ReentryPosting {

    static final Pattern ENTRY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The answer to give, whether it was replayed from an earlier request, and for DAY_CLOSED what the close did (null
     * for other actions).
     */
    public record Answer(ReentryAnswer response, boolean replayed, StandbyDayClose.Outcome dayClose) {}

    private final DeviceAccess devices;
    private final Properties properties;
    private final BookingReentry bookings;
    private final FolioReentry folios;
    private final RoomService rooms;
    private final StandbyDayClose dayClose;
    private final ReentryEntries entries;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ReentryPosting(
            DeviceAccess devices,
            Properties properties,
            BookingReentry bookings,
            FolioReentry folios,
            RoomService rooms,
            StandbyDayClose dayClose,
            ReentryEntries entries,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.devices = devices;
        this.properties = properties;
        this.bookings = bookings;
        this.folios = folios;
        this.rooms = rooms;
        this.dayClose = dayClose;
        this.entries = entries;
        this.tx = tx;
        this.clock = clock;
    }

    public Answer record(String authorization, String propertyCode, String entryId, EntryRequest request) {
        try {
            return tx.execute(
                    TransactionDefinition.DEFAULT, status -> recordOnce(authorization, propertyCode, entryId, request));
        } catch (Db.ConstraintViolated raced) {
            // A concurrent request with the same entry id committed first; its answer is ours.
            var stored = tx.execute(TransactionDefinition.READ_ONLY, status -> {
                AuthorizedDevice device = devices.require(authorization, propertyCode);
                return entries.find(device.property().id(), entryId).map(e -> replay(e, request));
            });
            if (stored.isPresent()) {
                return stored.get();
            }
            // Another entry took what this one meant to write first (a night's RENT of the same booking, say, by
            // the cloud's own audit): once more, and this entry finds it done and answers with it.
            return tx.execute(
                    TransactionDefinition.DEFAULT, status -> recordOnce(authorization, propertyCode, entryId, request));
        }
    }

    private Answer recordOnce(String authorization, String propertyCode, String entryId, EntryRequest request) {
        AuthorizedDevice device = devices.require(authorization, propertyCode);
        requireEntryId(entryId);
        // Every writer of the property queues on its row: a concurrent copy of this entry waits here, then replays.
        properties.lock(device.property().id());
        PropertyRow live = properties.byId(device.property().id()).orElseThrow();
        var earlier = entries.find(live.id(), entryId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }
        // A day's close names the day it closes: the close itself says what to do when the cloud is not on it.
        if (request.action() != ReentryAction.DAY_CLOSED
                && request.businessDate().isAfter(live.businessDate())) {
            throw Problem.invalid(
                    "businessDate",
                    "is after the cloud's business date " + live.businessDate()
                            + "; run the night audit in the cloud first, then re-enter this entry");
        }
        // The action runs as of the standby's business date then: a walk-in may arrive on it and lines count for it.
        PropertyRow asOf = new PropertyRow(
                live.id(),
                live.code(),
                live.name(),
                live.timeZone(),
                live.currency(),
                request.businessDate(),
                live.backupEnabled(),
                live.createdAt());
        String actor = "standby device " + device.device().id() + " for "
                + request.enteredBy().strip();
        String ref = request.bookingRef();
        if (!EnumSet.of(ReentryAction.ROOM_STATUS, ReentryAction.DAY_CLOSED).contains(request.action())
                && ref == null) {
            throw Problem.invalid("bookingRef", "is required for " + request.action());
        }
        ReentryEffect effect = act(asOf, actor, new Origin(request.originalAt(), entryId), request);
        var row = new EntryRow(
                live.id(),
                entryId,
                request.action(),
                ref,
                effect.cloudConfirmation(),
                effect.line() == null ? null : effect.line().id(),
                effect.line() == null ? null : effect.line().amount(),
                request.originalAt(),
                request.businessDate(),
                request.enteredBy().strip(),
                device.device().id(),
                // Stored and answered alike: the same instant on a replay, whatever the database's precision.
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        entries.insert(row);
        return new Answer(response(row, false), false, effect.dayClose());
    }

    /** The desk's use case for the action, exhaustively: a new action breaks the build here. */
    private ReentryEffect act(PropertyRow asOf, String actor, Origin origin, EntryRequest request) {
        String ref = request.bookingRef();
        return switch (request.action()) {
            case WALK_IN -> bookings.walkIn(asOf, actor, ref, booking(request));
            case CHECK_IN -> bookings.checkIn(asOf, actor, ref, request.booking());
            case CHECK_OUT -> bookings.checkOut(asOf, actor, ref);
            case MODIFY -> bookings.modify(asOf, actor, ref, booking(request));
            case CANCEL -> bookings.cancel(asOf, actor, ref, booking(request));
            case CHARGE -> folios.charge(asOf, actor, ref, line(request), origin);
            case PAYMENT -> folios.payment(asOf, actor, ref, line(request), origin);
            case VOID -> folios.voidCharge(asOf, actor, ref, line(request), origin);
            case REFUND -> folios.refund(asOf, actor, ref, line(request), origin);
            case ROOM_STATUS -> roomStatus(asOf, actor, request);
            case RENT -> folios.rent(asOf, actor, ref, line(request), origin);
            case DAY_CLOSED -> dayClosed(asOf, actor, request, origin.reentryEntryId());
            case RESERVE -> bookings.reserve(asOf, actor, ref, booking(request));
        };
    }

    /** The standby closed a day while cut off: roll the cloud's date the same way, or nothing if it is past it. */
    private ReentryEffect dayClosed(PropertyRow asOf, String actor, EntryRequest request, String entryId) {
        leftOut("bookingRef", request.bookingRef());
        leftOut("booking", request.booking());
        leftOut("line", request.line());
        leftOut("room", request.room());
        // asOf carries the standby's date; the close compares it with the cloud's own.
        PropertyRow live = properties.byId(asOf.id()).orElseThrow();
        return ReentryEffect.dayClose(dayClose.close(live, request.businessDate(), actor, entryId));
    }

    private static void leftOut(String field, Object value) {
        if (value != null) {
            throw Problem.invalid(field, "must be left out of DAY_CLOSED: a day's close carries only businessDate");
        }
    }

    private ReentryEffect roomStatus(PropertyRow asOf, String actor, EntryRequest request) {
        EntryRoom room = request.room();
        if (room == null) {
            throw Problem.invalid("room", "is required for ROOM_STATUS");
        }
        String number = required(room.number(), "room.number", request.action());
        var status = new RoomStatusRequest(
                required(room.housekeeping(), "room.housekeeping", request.action()),
                required(room.outOfOrder(), "room.outOfOrder", request.action()));
        under("room", () -> rooms.setStatus(actor, asOf, number, status));
        return new ReentryEffect(null, null);
    }

    private Answer replay(EntryRow stored, EntryRequest request) {
        if (stored.action() != request.action() || !Objects.equals(stored.bookingRef(), request.bookingRef())) {
            throw Problem.conflict(
                    "entry-id-reused",
                    "entryId",
                    "entry " + stored.entryId() + " was already re-entered as " + stored.action()
                            + (stored.bookingRef() == null ? "" : " of " + stored.bookingRef())
                            + "; a different entry needs its own entryId");
        }
        return new Answer(
                response(stored, true),
                true,
                stored.action() == ReentryAction.DAY_CLOSED
                        ? dayClose.outcomeOf(stored.propertyId(), stored.businessDate(), stored.entryId())
                        : null);
    }

    private static ReentryAnswer response(EntryRow row, boolean replayed) {
        return new ReentryAnswer(
                row.entryId(),
                row.action(),
                row.bookingRef(),
                row.cloudConfirmation(),
                row.lineId(),
                row.amount(),
                replayed,
                row.recordedAt());
    }

    private static void requireEntryId(String entryId) {
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw Problem.invalid("entryId", "must be a lower-case UUID such as 3f2b1c4e-0a5d-4e7f-9b1a-2c3d4e5f6a7b");
        }
    }
}
