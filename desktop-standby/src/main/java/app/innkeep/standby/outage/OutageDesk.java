package app.innkeep.standby.outage;

import app.innkeep.model.CardData;
import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.model.journal.JournalChange.RoomStatus;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.model.journal.JournalLine;
import app.innkeep.model.journal.JournalRoom;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.store.Replica.ReplicaFailure;
import app.innkeep.standby.sync.SyncStates;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front desk's work during an outage. Each action checks everything first, then writes its effect and its journal
 * entry in one transaction. The entry ID is the form's one-time ID: a form sent twice finds its entry and does nothing
 * more, so a double click or a retried request never doubles an action.
 */
@Singleton
public class OutageDesk {

    private static final Logger LOG = LoggerFactory.getLogger(OutageDesk.class);
    private static final Pattern ENTRY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999");

    /** What an action did, for the page that follows. {@code repeated}: the form had been sent before. */
    public record Done(String bookingRef, String message, boolean repeated) {}

    public record WalkIn(
            String firstName,
            String lastName,
            String email,
            String phone,
            String room,
            LocalDate departure,
            int adults,
            int children,
            BigDecimal rate,
            String source,
            String notes) {}

    public record Change(LocalDate arrival, LocalDate departure, String room, BigDecimal rate) {}

    private final DeskQueries desk;
    private final LocalRecords local;
    private final OutageJournal journal;
    private final Outages outages;
    private final SyncStates states;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public OutageDesk(
            DeskQueries desk,
            LocalRecords local,
            OutageJournal journal,
            Outages outages,
            SyncStates states,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.desk = desk;
        this.local = local;
        this.journal = journal;
        this.outages = outages;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
    }

    /** A fresh one-time ID for a form. */
    public static String newEntryId() {
        return UUID.randomUUID().toString();
    }

    // ---- outage mode ----

    public Done startOutage(DeskUser user, String entryId, String reason) {
        String why = required("reason", reason, 500);
        refuseCardNumber("reason", why);
        return once(entryId, () -> {
            Optional<Outage> open = outages.open();
            if (open.isPresent()) {
                throw new Invalid(
                        "reason",
                        "outage mode is already on since " + open.get().startedAt() + " (started by "
                                + open.get().startedBy() + ")");
            }
            var state = states.current()
                    .orElseThrow(() -> new Invalid(
                            "reason", "this standby is not paired yet: it holds no data to work with (Set backup)"));
            Instant now = clock.instant();
            Instant dataAsOf = state.dataAsOf();
            long id = outages.start(now, user.username(), why, dataAsOf);
            journal.append(
                    entryId,
                    id,
                    new OutageStarted(why, dataAsOf),
                    null,
                    null,
                    null,
                    null,
                    user.username(),
                    now,
                    state.businessDate());
            LOG.info("Outage mode started by {} ({}); data as of {}", user.username(), why, dataAsOf);
            return new Done(null, "Outage mode is on. Every action is now recorded in the outage journal.", false);
        });
    }

    public Done endOutage(DeskUser user, String entryId, String note) {
        if (user.role() == StaffRole.FRONT_DESK) {
            throw new Invalid("note", "only a night auditor or an admin can end outage mode");
        }
        String text = optional("note", note, 500);
        refuseCardNumber("note", text);
        return once(entryId, () -> {
            Outage open = outages.open().orElseThrow(() -> new Invalid("note", "outage mode is not on"));
            Instant now = clock.instant();
            journal.append(
                    entryId,
                    open.id(),
                    new OutageEnded(text),
                    null,
                    null,
                    null,
                    null,
                    user.username(),
                    now,
                    businessDate());
            outages.end(open.id(), now, user.username(), text);
            LOG.info("Outage mode ended by {}", user.username());
            return new Done(null, "Outage mode is off. The journal of this outage is kept for re-entry.", false);
        });
    }

    // ---- bookings ----

    public Done checkIn(DeskUser user, String entryId, String confirmation, String roomNumber) {
        return act(user, entryId, (outage, today) -> {
            DeskBooking before = existing(confirmation);
            requireStatus(before, "RESERVED", "checked in");
            if (before.arrival().isAfter(today)) {
                throw new Invalid(
                        "room", "the booking arrives on " + before.arrival() + "; the business date is " + today);
            }
            if (!before.departure().isAfter(today)) {
                throw new Invalid("room", "the stay ended on " + before.departure() + "; change the dates first");
            }
            String number = blankToNull(roomNumber) != null ? roomNumber.strip() : before.room();
            if (number == null) {
                throw new Invalid("room", "choose a room");
            }
            DeskRoom room = readyRoom(number, today, before.departure(), before.confirmation());
            DeskBooking after = before.changedHere()
                    .with(
                            "CHECKED_IN",
                            room.roomType(),
                            room.number(),
                            before.arrival(),
                            before.departure(),
                            before.rate(),
                            null);
            save(
                    outage,
                    before,
                    after,
                    new CheckIn(journalBooking(before), journalBooking(after)),
                    entryId,
                    user,
                    today,
                    null,
                    null);
            return "Checked in " + after.guestName() + " to room " + room.number() + ".";
        });
    }

    /**
     * Checks a guest out. An open balance is settled first with {@code receiptType} (a payment journaled on its own);
     * a guest who is owed money is refunded from the folio first.
     */
    public Done checkOut(DeskUser user, String entryId, String confirmation, String receiptType, String cardLast4) {
        return act(user, entryId, (outage, today) -> {
            DeskBooking before = existing(confirmation);
            requireStatus(before, "CHECKED_IN", "checked out");
            BigDecimal balance = desk.balance(before.confirmation());
            String settled = "";
            if (balance.signum() < 0) {
                throw new Invalid(
                        "receiptType",
                        "the guest is owed " + money(balance.negate())
                                + ": refund it from the folio before checking out");
            }
            if (balance.signum() > 0) {
                if (blankToNull(receiptType) == null) {
                    throw new Invalid(
                            "receiptType", "the balance is " + money(balance) + ": choose how the guest pays it");
                }
                Code type = receiptType(receiptType);
                String last4 = cardLast4(type, cardLast4);
                String paymentEntry = UUID.nameUUIDFromBytes((entryId + "/settlement").getBytes(StandardCharsets.UTF_8))
                        .toString();
                postLine(
                        outage,
                        user,
                        today,
                        paymentEntry,
                        Payment::new,
                        before,
                        "PAYMENT",
                        type.code(),
                        type.description(),
                        BigDecimal.ONE,
                        balance,
                        balance,
                        last4,
                        null);
                settled = " Settled " + money(balance) + " by " + type.code() + ".";
            }
            LocalDate departure = !today.isBefore(before.departure())
                    ? before.departure()
                    : today.isAfter(before.arrival()) ? today : before.arrival().plusDays(1);
            DeskBooking after = before.changedHere()
                    .with(
                            "CHECKED_OUT",
                            before.roomType(),
                            before.room(),
                            before.arrival(),
                            departure,
                            before.rate(),
                            null);
            save(
                    outage,
                    before,
                    after,
                    new CheckOut(journalBooking(before), journalBooking(after)),
                    entryId,
                    user,
                    today,
                    null,
                    null);
            return "Checked out " + after.guestName() + " from room " + after.room() + "." + settled;
        });
    }

    public Done walkIn(DeskUser user, String entryId, WalkIn w) {
        String first = required("firstName", w.firstName(), 80);
        String last = required("lastName", w.lastName(), 80);
        String email = optional("email", w.email(), 160);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new Invalid("email", "is not an e-mail address");
        }
        String phone = optional("phone", w.phone(), 40);
        String notes = optional("notes", w.notes(), 500);
        refuseCardNumber("firstName", first);
        refuseCardNumber("lastName", last);
        refuseCardNumber("email", email);
        refuseCardNumber("notes", notes);
        if (w.adults() < 1 || w.adults() > 9) {
            throw new Invalid("adults", "must be 1 to 9");
        }
        if (w.children() < 0 || w.children() > 9) {
            throw new Invalid("children", "must be 0 to 9");
        }
        return act(user, entryId, (outage, today) -> {
            if (w.departure() == null || !w.departure().isAfter(today)) {
                throw new Invalid("departure", "must be after today's business date " + today);
            }
            if (w.departure().isAfter(today.plusDays(90))) {
                throw new Invalid("departure", "a walk-in stays at most 90 nights");
            }
            if (blankToNull(w.room()) == null) {
                throw new Invalid("room", "choose a room");
            }
            DeskRoom room = readyRoom(w.room().strip(), today, w.departure(), null);
            String source =
                    blankToNull(w.source()) == null ? "WALKIN" : w.source().strip();
            if (desk.code("source", source).isEmpty()) {
                throw new Invalid("source", "source " + source + " is not active on this standby");
            }
            BigDecimal rate = w.rate();
            if (rate == null) {
                rate = desk.code("room-type", room.roomType())
                        .map(Code::defaultPrice)
                        .orElseThrow(() -> new Invalid(
                                "rate", "room type " + room.roomType() + " has no default price here: enter a rate"));
            }
            rate = amount("rate", rate, true);
            DeskBooking after = new DeskBooking(
                    local.nextWalkInNumber(),
                    "WALK_IN",
                    "CHECKED_IN",
                    null,
                    first,
                    last,
                    email,
                    phone,
                    source,
                    room.roomType(),
                    room.number(),
                    today,
                    w.departure(),
                    w.adults(),
                    w.children(),
                    rate,
                    null,
                    notes);
            save(
                    outage,
                    null,
                    after,
                    new JournalChange.WalkIn(journalBooking(after)),
                    entryId,
                    user,
                    today,
                    source,
                    rate);
            return "Walk-in " + after.confirmation() + " for " + after.guestName() + " checked in to room "
                    + room.number() + ".";
        });
    }

    public Done modify(DeskUser user, String entryId, String confirmation, Change change) {
        return act(user, entryId, (outage, today) -> {
            DeskBooking before = existing(confirmation);
            boolean inHouse = before.status().equals("CHECKED_IN");
            if (!inHouse && !before.status().equals("RESERVED")) {
                throw new Invalid("departure", "a " + before.status() + " booking cannot be changed");
            }
            LocalDate arrival = change.arrival() == null ? before.arrival() : change.arrival();
            LocalDate departure = change.departure() == null ? before.departure() : change.departure();
            if (inHouse && !arrival.equals(before.arrival())) {
                throw new Invalid("arrival", "cannot change for a guest already checked in");
            }
            if (!inHouse && arrival.isBefore(today)) {
                throw new Invalid("arrival", "is before the business date " + today);
            }
            if (!departure.isAfter(arrival)) {
                throw new Invalid("departure", "must be after the arrival " + arrival);
            }
            if (inHouse && departure.isBefore(today)) {
                throw new Invalid("departure", "is before the business date " + today);
            }
            String roomNumber = change.room() == null ? before.room() : blankToNull(change.room());
            String roomType = before.roomType();
            if (roomNumber == null && inHouse) {
                throw new Invalid("room", "an in-house guest needs a room");
            }
            if (roomNumber != null) {
                DeskRoom room = desk.room(roomNumber.strip())
                        .orElseThrow(() -> new Invalid(
                                "room", "there is no room " + change.room().strip()));
                if (room.outOfOrder()) {
                    throw new Invalid("room", "room " + room.number() + " is out of order");
                }
                if (inHouse && !room.number().equals(before.room()) && !room.ready()) {
                    throw new Invalid(
                            "room", "room " + room.number() + " is dirty; a guest moves only to a clean room");
                }
                heldBy(room.number(), inHouse ? today : arrival, departure, before.confirmation());
                roomNumber = room.number();
                roomType = room.roomType();
            }
            BigDecimal rate = change.rate() == null ? before.rate() : amount("rate", change.rate(), true);
            DeskBooking after =
                    before.changedHere().with(before.status(), roomType, roomNumber, arrival, departure, rate, null);
            if (after.toJson().equals(before.toJson())) {
                throw new Invalid("departure", "nothing was changed");
            }
            save(
                    outage,
                    before,
                    after,
                    new Modify(journalBooking(before), journalBooking(after)),
                    entryId,
                    user,
                    today,
                    null,
                    rate);
            return "Booking " + after.confirmation() + " changed.";
        });
    }

    public Done cancel(DeskUser user, String entryId, String confirmation, String reason) {
        String why = required("reason", reason, 200);
        refuseCardNumber("reason", why);
        return act(user, entryId, (outage, today) -> {
            DeskBooking before = existing(confirmation);
            requireStatus(before, "RESERVED", "cancelled");
            DeskBooking after = before.changedHere()
                    .with(
                            "CANCELLED",
                            before.roomType(),
                            before.room(),
                            before.arrival(),
                            before.departure(),
                            before.rate(),
                            why);
            save(
                    outage,
                    before,
                    after,
                    new Cancel(journalBooking(before), journalBooking(after)),
                    entryId,
                    user,
                    today,
                    null,
                    null);
            return "Booking " + after.confirmation() + " cancelled.";
        });
    }

    // ---- folio ----

    public Done postCharge(
            DeskUser user,
            String entryId,
            String confirmation,
            String item,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String description) {
        String text = optional("description", description, 200);
        refuseCardNumber("description", text);
        return act(user, entryId, (outage, today) -> {
            DeskBooking booking = postable(confirmation);
            if (blankToNull(item) == null) {
                throw new Invalid("item", "choose an inventory item");
            }
            Code code = desk.code("inventory-item", item.strip())
                    .orElseThrow(() -> new Invalid("item", "inventory item " + item.strip() + " is not active here"));
            BigDecimal qty = quantity == null ? BigDecimal.ONE : quantity;
            if (qty.signum() <= 0 || qty.compareTo(MAX_QUANTITY) > 0 || qty.scale() > 2) {
                throw new Invalid("quantity", "must be more than 0 and at most 999, with at most 2 decimals");
            }
            BigDecimal price = unitPrice != null ? unitPrice : code.defaultPrice();
            if (price == null) {
                throw new Invalid("unitPrice", code.code() + " has no default price: enter one");
            }
            price = amount("unitPrice", price, true);
            BigDecimal total = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
            amount("unitPrice", total, true);
            postLine(
                    outage,
                    user,
                    today,
                    entryId,
                    Charge::new,
                    booking,
                    "CHARGE",
                    code.code(),
                    text == null ? code.description() : text,
                    qty,
                    price,
                    total,
                    null,
                    null);
            return "Posted " + code.code() + " " + money(total) + " to " + booking.confirmation() + ".";
        });
    }

    public Done voidCharge(DeskUser user, String entryId, String confirmation, long lineId, String reason) {
        String why = optional("reason", reason, 180);
        refuseCardNumber("reason", why);
        return act(user, entryId, (outage, today) -> {
            DeskBooking booking = postable(confirmation);
            FolioEntry line = reversible(booking, lineId, "CHARGE");
            if (desk.reversed(lineId).signum() > 0) {
                throw new Invalid("lineId", "line " + lineId + " is already voided");
            }
            postLine(
                    outage,
                    user,
                    today,
                    entryId,
                    VoidCharge::new,
                    booking,
                    "CHARGE",
                    line.code(),
                    why == null ? "Void of line " + lineId : "Void: " + why,
                    line.quantity().negate(),
                    line.unitPrice(),
                    line.amount().negate(),
                    null,
                    lineId);
            return "Voided " + line.code() + " " + money(line.amount()) + ".";
        });
    }

    public Done postPayment(
            DeskUser user,
            String entryId,
            String confirmation,
            String receiptType,
            BigDecimal amount,
            String cardLast4,
            String description) {
        String text = optional("description", description, 200);
        refuseCardNumber("description", text);
        return act(user, entryId, (outage, today) -> {
            DeskBooking booking = postable(confirmation);
            Code type = receiptType(receiptType);
            if (amount == null) {
                throw new Invalid("amount", "enter the amount paid");
            }
            BigDecimal paid = amount("amount", amount, false);
            String last4 = cardLast4(type, cardLast4);
            postLine(
                    outage,
                    user,
                    today,
                    entryId,
                    Payment::new,
                    booking,
                    "PAYMENT",
                    type.code(),
                    text == null ? type.description() : text,
                    BigDecimal.ONE,
                    paid,
                    paid,
                    last4,
                    null);
            return "Payment of " + money(paid) + " by " + type.code() + " posted to " + booking.confirmation() + ".";
        });
    }

    public Done refund(
            DeskUser user, String entryId, String confirmation, long lineId, BigDecimal amount, String reason) {
        String why = optional("reason", reason, 180);
        refuseCardNumber("reason", why);
        return act(user, entryId, (outage, today) -> {
            DeskBooking booking = postable(confirmation);
            FolioEntry payment = reversible(booking, lineId, "PAYMENT");
            BigDecimal left = payment.amount().subtract(desk.reversed(lineId));
            BigDecimal refund = amount == null ? left : amount("amount", amount, false);
            if (refund.compareTo(left) > 0) {
                throw new Invalid("amount", "at most " + money(left) + " of this payment can still be refunded");
            }
            postLine(
                    outage,
                    user,
                    today,
                    entryId,
                    Refund::new,
                    booking,
                    "PAYMENT",
                    payment.code(),
                    why == null ? "Refund of line " + lineId : "Refund: " + why,
                    BigDecimal.ONE,
                    refund.negate(),
                    refund.negate(),
                    payment.cardLast4(),
                    lineId);
            return "Refunded " + money(refund) + " by " + payment.code() + ".";
        });
    }

    // ---- rooms ----

    public Done roomStatus(DeskUser user, String entryId, String roomNumber, String housekeeping, boolean outOfOrder) {
        String status = housekeeping == null ? "" : housekeeping.strip().toUpperCase(java.util.Locale.ROOT);
        if (!status.equals("DIRTY") && !status.equals("CLEAN") && !status.equals("INSPECTED")) {
            throw new Invalid("housekeeping", "must be DIRTY, CLEAN or INSPECTED");
        }
        return act(user, entryId, (outage, today) -> {
            DeskRoom before = desk.room(roomNumber == null ? "" : roomNumber.strip())
                    .orElseThrow(() -> new Invalid("room", "there is no room " + roomNumber));
            if (before.housekeeping().equals(status) && before.outOfOrder() == outOfOrder) {
                throw new Invalid(
                        "housekeeping", "nothing to change: room " + before.label() + " already has this status");
            }
            Instant now = clock.instant();
            local.roomStatus(before.number(), status, outOfOrder, now);
            journal.append(
                    entryId,
                    outage.id(),
                    new RoomStatus(
                            new JournalRoom(before.housekeeping(), before.outOfOrder()),
                            new JournalRoom(status, outOfOrder)),
                    null,
                    before.number(),
                    null,
                    null,
                    user.username(),
                    now,
                    today);
            return "Room " + before.number() + " is now " + status.toLowerCase(java.util.Locale.ROOT)
                    + (outOfOrder ? " and out of order." : ".");
        });
    }

    // ---- the frame every action runs in ----

    @FunctionalInterface
    private interface Action {
        String run(Outage outage, LocalDate businessDate);
    }

    /** In outage mode only; once per entry ID; all or nothing. */
    private Done act(DeskUser user, String entryId, Action action) {
        return once(entryId, () -> {
            Outage outage = outages.open()
                    .orElseThrow(() -> new Invalid(
                            null, "outage mode is not on: the standby is read-only until someone starts outage mode"));
            String message = action.run(outage, businessDate());
            var entry = journal.entry(entryId).orElseThrow();
            LOG.info("Outage {}: {} by {}: {}", outage.id(), entry.action(), user.username(), message);
            return new Done(entry.bookingRef(), message, false);
        });
    }

    private Done once(String entryId, java.util.function.Supplier<Done> work) {
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw new Invalid(null, "this form has no valid one-time ID; open the page again and resend");
        }
        try {
            return tx.executeWrite(s -> {
                var earlier = journal.entry(entryId);
                if (earlier.isPresent()) {
                    return repeated(earlier.get());
                }
                return work.get();
            });
        } catch (ReplicaFailure e) {
            // Two sends of one form at the same moment: the journal's unique entry ID lets one through.
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                var earlier = tx.executeRead(s -> journal.entry(entryId));
                if (earlier.isPresent()) {
                    return repeated(earlier.get());
                }
            }
            throw e;
        }
    }

    private static Done repeated(JournalEntry earlier) {
        return new Done(
                earlier.bookingRef(),
                "This form was already sent at " + earlier.enteredAt() + " (" + earlier.action()
                        + "); it was not done twice.",
                true);
    }

    private LocalDate businessDate() {
        return states.current().map(s -> s.businessDate()).orElseThrow();
    }

    private void save(
            Outage outage,
            DeskBooking before,
            DeskBooking after,
            JournalChange change,
            String entryId,
            DeskUser user,
            LocalDate today,
            String code,
            BigDecimal amount) {
        Instant now = clock.instant();
        String base = before != null && before.origin().equals("CLOUD") ? before.toJson() : null;
        local.saveBooking(after, base, outage.id(), now);
        journal.append(
                entryId,
                outage.id(),
                change,
                after.confirmation(),
                after.room(),
                code,
                amount,
                user.username(),
                now,
                today);
    }

    /** A booking as the journal records it. */
    private static JournalBooking journalBooking(DeskBooking b) {
        return new JournalBooking(
                b.confirmation(),
                b.status(),
                b.firstName(),
                b.lastName(),
                b.email(),
                b.phone(),
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

    private void postLine(
            Outage outage,
            DeskUser user,
            LocalDate today,
            String entryId,
            Function<JournalLine, JournalChange> change,
            DeskBooking booking,
            String kind,
            String code,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            String last4,
            Long reverses) {
        Instant now = clock.instant();
        long lineId = local.postLine(
                booking.confirmation(),
                kind,
                code,
                description,
                quantity,
                unitPrice,
                amount,
                today,
                last4,
                reverses,
                entryId,
                now,
                user.username());
        JournalLine line =
                new JournalLine(lineId, kind, code, description, quantity, unitPrice, amount, last4, reverses);
        journal.append(
                entryId,
                outage.id(),
                change.apply(line),
                booking.confirmation(),
                booking.room(),
                code,
                amount,
                user.username(),
                now,
                today);
    }

    private DeskBooking existing(String confirmation) {
        return desk.booking(confirmation)
                .orElseThrow(
                        () -> new Invalid("confirmation", "there is no booking " + confirmation + " on this standby"));
    }

    private DeskBooking postable(String confirmation) {
        DeskBooking booking = existing(confirmation);
        if (booking.status().equals("CANCELLED") || booking.status().equals("NO_SHOW")) {
            throw new Invalid(
                    null,
                    "booking " + booking.confirmation() + " is " + booking.status() + "; nothing can be posted to it");
        }
        return booking;
    }

    private FolioEntry reversible(DeskBooking booking, long lineId, String kind) {
        FolioEntry line = desk.folioLine(booking.confirmation(), lineId)
                .orElseThrow(() -> new Invalid("lineId", "folio " + booking.confirmation() + " has no line " + lineId));
        if (!line.kind().equals(kind) || line.amount().signum() <= 0 || line.reversesLineId() != null) {
            throw new Invalid(
                    "lineId",
                    "line " + lineId + " is not a " + kind.toLowerCase(java.util.Locale.ROOT) + " that can be "
                            + (kind.equals("CHARGE") ? "voided" : "refunded"));
        }
        return line;
    }

    private static void requireStatus(DeskBooking booking, String status, String verb) {
        if (!booking.status().equals(status)) {
            throw new Invalid(
                    "status",
                    "booking " + booking.confirmation() + " is " + booking.status() + "; only a " + status
                            + " booking can be " + verb);
        }
    }

    /** A room the guest can move into now: exists, in order, clean or inspected, free for the nights. */
    private DeskRoom readyRoom(String number, LocalDate from, LocalDate to, String confirmation) {
        DeskRoom room = desk.room(number).orElseThrow(() -> new Invalid("room", "there is no room " + number));
        if (room.outOfOrder()) {
            throw new Invalid("room", "room " + number + " is out of order");
        }
        if (!room.ready()) {
            throw new Invalid(
                    "room",
                    "room " + number + " is " + room.housekeeping().toLowerCase(java.util.Locale.ROOT)
                            + "; it must be clean or inspected (change its status on the room rack)");
        }
        heldBy(number, from, to, confirmation);
        return room;
    }

    private void heldBy(String room, LocalDate from, LocalDate to, String confirmation) {
        desk.roomHeldBy(room, from, to, confirmation).ifPresent(other -> {
            throw new Invalid("room", "room " + room + " is held by booking " + other + " for part of these nights");
        });
    }

    private Code receiptType(String receiptType) {
        if (blankToNull(receiptType) == null) {
            throw new Invalid("receiptType", "choose a receipt type");
        }
        return desk.code("receipt-type", receiptType.strip())
                .orElseThrow(() ->
                        new Invalid("receiptType", "receipt type " + receiptType.strip() + " is not active here"));
    }

    /** Only the last four digits of a card, and only those: a full card number is refused, never stored. */
    static String cardLast4(Code type, String cardLast4) {
        String digits = blankToNull(cardLast4) == null ? null : cardLast4.replaceAll("[\\s-]", "");
        if (digits != null && CardData.looksLikeCardNumber(digits)) {
            throw new Invalid("cardLast4", "full card numbers are never accepted; enter only the last four digits");
        }
        if (digits != null && !CardData.isLastFour(digits)) {
            throw new Invalid("cardLast4", "enter exactly the last four digits of the card");
        }
        if (type.card() && digits == null) {
            throw new Invalid("cardLast4", type.code() + " is a card: enter the card's last four digits");
        }
        return digits;
    }

    private static BigDecimal amount(String field, BigDecimal value, boolean zeroAllowed) {
        if (value.scale() > 2) {
            throw new Invalid(field, "at most 2 decimals");
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            throw new Invalid(field, zeroAllowed ? "must not be negative" : "must be more than 0");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new Invalid(field, "must be at most " + MAX_AMOUNT.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void refuseCardNumber(String field, String text) {
        if (text != null && CardData.containsCardNumber(text)) {
            throw new Invalid(field, "looks like it contains a card number; Innkeep never stores card numbers");
        }
    }

    private static String required(String field, String value, int max) {
        String v = blankToNull(value);
        if (v == null) {
            throw new Invalid(field, "is required");
        }
        return optional(field, v, max);
    }

    private static String optional(String field, String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw new Invalid(field, "at most " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
