package app.innkeep.cloud.reentry;

import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.BookingRequests.ModifyBookingRequest;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingService;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.folio.FolioLines;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.FolioRequests.RefundRequest;
import app.innkeep.cloud.folio.FolioRequests.VoidRequest;
import app.innkeep.cloud.folio.FolioService;
import app.innkeep.cloud.folio.FolioService.Origin;
import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.DeviceAccess.AuthorizedDevice;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryEntries.EntryRow;
import app.innkeep.cloud.reentry.ReentryRequests.EntryBooking;
import app.innkeep.cloud.reentry.ReentryRequests.EntryLine;
import app.innkeep.cloud.reentry.ReentryRequests.EntryRequest;
import app.innkeep.cloud.reentry.ReentryRequests.EntryRoom;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyRequest;
import app.innkeep.cloud.room.RoomRequests.RoomStatusRequest;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Re-entry: what the standby did during an outage, posted to the cloud entry by entry through the same services the
 * desk uses (same checks, audit trail and feed events), as of the business date the standby had then.
 *
 * <p>Each entry is recorded in the same transaction as its effect, keyed by property and entry id: the same entry
 * sent again, however often and even concurrently, returns the recorded answer and changes nothing. A refused entry
 * records nothing, so the standby may fix the cause and send it again under the same id.
 */
@Singleton
public class ReentryService {

    private static final Pattern ENTRY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The answer to give and whether it was replayed from an earlier request. */
    public record Answer(ReentryAnswer response, boolean replayed) {}

    /** What an action made: the cloud booking and, for line actions, the line. */
    private record Effect(String cloudConfirmation, FolioLineResponse line) {}

    private final DeviceAccess devices;
    private final Properties properties;
    private final BookingService bookingService;
    private final Bookings bookings;
    private final FolioService folios;
    private final FolioLines lines;
    private final RoomService rooms;
    private final ReentryEntries entries;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ReentryService(
            DeviceAccess devices,
            Properties properties,
            BookingService bookingService,
            Bookings bookings,
            FolioService folios,
            FolioLines lines,
            RoomService rooms,
            ReentryEntries entries,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.devices = devices;
        this.properties = properties;
        this.bookingService = bookingService;
        this.bookings = bookings;
        this.folios = folios;
        this.lines = lines;
        this.rooms = rooms;
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
            return tx.execute(TransactionDefinition.READ_ONLY, status -> {
                AuthorizedDevice device = devices.require(authorization, propertyCode);
                return entries.find(device.property().id(), entryId)
                        .map(stored -> replay(stored, request))
                        .orElseThrow(() -> raced);
            });
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
        if (request.businessDate().isAfter(live.businessDate())) {
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
        Origin origin = new Origin(request.originalAt(), entryId);
        String ref = request.bookingRef();
        if (request.action() != ReentryAction.ROOM_STATUS && ref == null) {
            throw Problem.invalid("bookingRef", "is required for " + request.action());
        }
        Effect effect = switch (request.action()) {
            case WALK_IN -> walkIn(asOf, actor, ref, booking(request));
            case CHECK_IN -> {
                BookingRow b = resolve(asOf, ref);
                EntryBooking body = request.booking();
                String room = body == null ? null : body.room();
                under("booking", () -> bookingService.checkIn(actor, asOf, b.confirmation(), new CheckInRequest(room)));
                yield new Effect(b.confirmation(), null);
            }
            case CHECK_OUT -> {
                BookingRow b = resolve(asOf, ref);
                bookingService.checkOut(actor, false, asOf, b.confirmation(), null);
                yield new Effect(b.confirmation(), null);
            }
            case MODIFY -> modify(asOf, actor, ref, booking(request));
            case CANCEL -> {
                EntryBooking body = booking(request);
                String reason = required(body.cancelReason(), "booking.cancelReason", request.action());
                BookingRow b = resolve(asOf, ref);
                under("booking", () -> bookingService.cancel(actor, asOf, b.confirmation(), new CancelRequest(reason)));
                yield new Effect(b.confirmation(), null);
            }
            case CHARGE -> charge(asOf, actor, ref, line(request), origin);
            case PAYMENT -> payment(asOf, actor, ref, line(request), origin);
            case VOID -> {
                EntryLine body = line(request);
                long lineId = required(body.reversesLineId(), "line.reversesLineId", request.action());
                BookingRow b = resolve(asOf, ref);
                yield new Effect(
                        b.confirmation(),
                        under(
                                "line",
                                () -> folios.voidCharge(
                                        actor, asOf, b, lineId, new VoidRequest(body.reason()), origin)));
            }
            case REFUND -> {
                EntryLine body = line(request);
                long lineId = required(body.reversesLineId(), "line.reversesLineId", request.action());
                BigDecimal amount = required(body.amount(), "line.amount", request.action());
                BookingRow b = resolve(asOf, ref);
                yield new Effect(
                        b.confirmation(),
                        under(
                                "line",
                                () -> folios.refund(
                                        actor, asOf, b, lineId, new RefundRequest(amount, body.reason()), origin)));
            }
            case ROOM_STATUS -> {
                EntryRoom room = request.room();
                if (room == null) {
                    throw Problem.invalid("room", "is required for ROOM_STATUS");
                }
                String number = required(room.number(), "room.number", request.action());
                var status = new RoomStatusRequest(
                        required(room.housekeeping(), "room.housekeeping", request.action()),
                        required(room.outOfOrder(), "room.outOfOrder", request.action()));
                under("room", () -> rooms.setStatus(actor, asOf, number, status));
                yield new Effect(null, null);
            }
        };
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
        return new Answer(response(row, false), false);
    }

    private Effect walkIn(PropertyRow asOf, String actor, String ref, EntryBooking b) {
        if (!Bookings.isAlias(ref)) {
            throw Problem.invalid("bookingRef", "a walk-in is re-entered under its standby D-number, such as D1042");
        }
        bookings.byAlias(asOf.id(), ref).ifPresent(existing -> {
            throw Problem.conflict(
                    "already-reentered",
                    "bookingRef",
                    ref + " was already re-entered as booking " + existing.confirmation() + " by another entry");
        });
        var create = new CreateBookingRequest(
                null,
                new GuestDetails(
                        required(b.firstName(), "booking.firstName", ReentryAction.WALK_IN),
                        required(b.lastName(), "booking.lastName", ReentryAction.WALK_IN),
                        b.email(),
                        b.phone()),
                required(b.source(), "booking.source", ReentryAction.WALK_IN),
                required(b.roomType(), "booking.roomType", ReentryAction.WALK_IN),
                required(b.arrival(), "booking.arrival", ReentryAction.WALK_IN),
                required(b.departure(), "booking.departure", ReentryAction.WALK_IN),
                required(b.adults(), "booking.adults", ReentryAction.WALK_IN),
                b.children() == null ? 0 : b.children(),
                required(b.rate(), "booking.rate", ReentryAction.WALK_IN),
                required(b.room(), "booking.room", ReentryAction.WALK_IN),
                b.notes());
        BookingRow created = under("booking", () -> bookingService.createBooking(asOf, actor, create));
        bookings.insertAlias(asOf.id(), ref, created.id(), clock.instant());
        under("booking", () -> bookingService.checkIn(actor, asOf, created.confirmation(), null));
        return new Effect(created.confirmation(), null);
    }

    private Effect modify(PropertyRow asOf, String actor, String ref, EntryBooking b) {
        if (b.arrival() == null && b.departure() == null && b.room() == null && b.rate() == null) {
            throw Problem.invalid("booking", "MODIFY needs at least one of arrival, departure, room, rate");
        }
        BookingRow booking = resolve(asOf, ref);
        var change = new ModifyBookingRequest(
                b.arrival(), b.departure(), null, b.room(), null, null, b.rate(), null, null, null);
        under("booking", () -> bookingService.modify(actor, asOf, booking.confirmation(), change));
        return new Effect(booking.confirmation(), null);
    }

    private Effect charge(PropertyRow asOf, String actor, String ref, EntryLine l, Origin origin) {
        var request = new PostChargeRequest(
                required(l.item(), "line.item", ReentryAction.CHARGE),
                required(l.quantity(), "line.quantity", ReentryAction.CHARGE),
                required(l.unitPrice(), "line.unitPrice", ReentryAction.CHARGE),
                asOf.businessDate(),
                l.description());
        BookingRow booking = resolve(asOf, ref);
        return new Effect(
                booking.confirmation(), under("line", () -> folios.postCharge(actor, asOf, booking, request, origin)));
    }

    private Effect payment(PropertyRow asOf, String actor, String ref, EntryLine l, Origin origin) {
        var request = new PostPaymentRequest(
                required(l.receiptType(), "line.receiptType", ReentryAction.PAYMENT),
                required(l.amount(), "line.amount", ReentryAction.PAYMENT),
                l.cardLast4(),
                null,
                l.cardNumber(),
                l.cvv(),
                asOf.businessDate(),
                l.description());
        BookingRow booking = resolve(asOf, ref);
        MasterCodeRow receiptType = under("line", () -> folios.validatePayment(asOf, request));
        return new Effect(
                booking.confirmation(), folios.postPayment(actor, asOf, booking, receiptType, request, origin));
    }

    /** A cloud confirmation number, or a D-number through the alias its walk-in was re-entered under. */
    private BookingRow resolve(PropertyRow property, String ref) {
        if (ref.startsWith("D")) {
            return bookings.byAlias(property.id(), ref)
                    .orElseThrow(() -> new Problem(
                            404,
                            "not-reentered",
                            "Not found",
                            ref + " has not been re-entered yet; re-enter its walk-in first",
                            List.of()));
        }
        return bookingService.existing(property, ref);
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
        return new Answer(response(stored, true), true);
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

    /** Read-only: which entries exist in the cloud with what they became, and the balances of the bookings. */
    public ClosingCheckAnswer verify(String authorization, String propertyCode, VerifyRequest request) {
        return tx.execute(TransactionDefinition.READ_ONLY, status -> {
            AuthorizedDevice device = devices.require(authorization, propertyCode);
            PropertyRow property = device.property();
            List<String> entryIds = request.entryIds() == null ? List.of() : request.entryIds();
            for (int i = 0; i < entryIds.size(); i++) {
                String id = entryIds.get(i);
                if (id == null || !ENTRY_ID.matcher(id).matches()) {
                    throw Problem.invalid("entryIds", "entry " + i + " is not a lower-case UUID: " + abbreviate(id));
                }
            }
            List<String> refs = request.bookings() == null ? List.of() : request.bookings();
            for (int i = 0; i < refs.size(); i++) {
                String ref = refs.get(i);
                if (ref == null || ref.isBlank() || ref.length() > 20) {
                    throw Problem.invalid("bookings", "booking " + i + " must be 1-20 characters: " + abbreviate(ref));
                }
            }
            Map<String, EntryRow> found = entries
                    .findAll(property.id(), entryIds.stream().distinct().toList())
                    .stream()
                    .collect(Collectors.toMap(EntryRow::entryId, Function.identity()));
            List<ClosingCheckAnswer.Entry> verified = new ArrayList<>();
            for (String id : entryIds) {
                EntryRow e = found.get(id);
                verified.add(
                        e == null
                                ? ClosingCheckAnswer.Entry.missing(id)
                                : new ClosingCheckAnswer.Entry(
                                        id,
                                        true,
                                        e.action(),
                                        e.bookingRef(),
                                        e.cloudConfirmation(),
                                        e.lineId(),
                                        e.amount()));
            }
            List<ClosingCheckAnswer.Balance> balances = new ArrayList<>();
            for (String ref : refs) {
                var booking =
                        bookings.byConfirmation(property.id(), ref).or(() -> bookings.byAlias(property.id(), ref));
                balances.add(booking.map(b -> new ClosingCheckAnswer.Balance(
                                ref, b.confirmation(), lines.balance(property.id(), b.id())))
                        .orElse(new ClosingCheckAnswer.Balance(ref, null, null)));
            }
            return new ClosingCheckAnswer(verified, balances);
        });
    }

    private static void requireEntryId(String entryId) {
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw Problem.invalid("entryId", "must be a lower-case UUID such as 3f2b1c4e-0a5d-4e7f-9b1a-2c3d4e5f6a7b");
        }
    }

    private static EntryBooking booking(EntryRequest request) {
        if (request.booking() == null) {
            throw Problem.invalid("booking", "is required for " + request.action());
        }
        return request.booking();
    }

    private static EntryLine line(EntryRequest request) {
        if (request.line() == null) {
            throw Problem.invalid("line", "is required for " + request.action());
        }
        return request.line();
    }

    private static <T> T required(T value, String field, ReentryAction action) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw Problem.invalid(field, "is required for " + action);
        }
        return value;
    }

    /**
     * Runs a service call, naming the fields of its refusals as the re-entry body does: {@code item} is
     * {@code line.item}, and a walk-in's guest fields sit directly in {@code booking}.
     */
    private static <T> T under(String parent, Supplier<T> call) {
        try {
            return call.get();
        } catch (Problem p) {
            if (p.fieldErrors().isEmpty()) {
                throw p;
            }
            Problem within = p.within(parent);
            String guest = parent + ".guest.";
            throw new Problem(
                    within.status(),
                    within.code(),
                    within.title(),
                    within.detail().replace(guest, parent + "."),
                    within.fieldErrors().stream()
                            .map(e -> new Problem.FieldError(e.field().replace(guest, parent + "."), e.message()))
                            .toList());
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
