package app.innkeep.standby.outage;

import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalLine;
import app.innkeep.model.journal.JournalRoom;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * What a desk action writes, each write with its journal entry, in the action's transaction: a booking's new version, a
 * folio line, a room's status. The journal's before/after go through the shared journal codec as a sealed
 * {@link JournalChange}, never as hand-made JSON.
 */
@Singleton
class DeskRecords {

    /** A folio line about to be posted here; {@code reverses} names the line a void or refund takes back. */
    record NewLine(
            String kind,
            String code,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            String cardLast4,
            Long reverses) {}

    private final LocalRecords local;
    private final OutageJournal journal;
    private final Clock clock;

    DeskRecords(LocalRecords local, OutageJournal journal, Clock clock) {
        this.local = local;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The desk's new version of a booking ({@code before} is null for a walk-in). The cloud's version it started from
     * is kept the first time, so a later cloud change can be told apart from the desk's.
     */
    void booking(
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

    /** Posts a line to a booking's folio; returns its (negative) ID. */
    long folioLine(
            Outage outage,
            DeskUser user,
            LocalDate today,
            String entryId,
            Function<JournalLine, JournalChange> change,
            DeskBooking booking,
            NewLine line) {
        Instant now = clock.instant();
        long lineId = local.postLine(
                booking.confirmation(),
                line.kind(),
                line.code(),
                line.description(),
                line.quantity(),
                line.unitPrice(),
                line.amount(),
                today,
                line.cardLast4(),
                line.reverses(),
                entryId,
                now,
                user.username());
        journal.append(
                entryId,
                outage.id(),
                change.apply(new JournalLine(
                        lineId,
                        line.kind(),
                        line.code(),
                        line.description(),
                        line.quantity(),
                        line.unitPrice(),
                        line.amount(),
                        line.cardLast4(),
                        line.reverses())),
                booking.confirmation(),
                booking.room(),
                line.code(),
                line.amount(),
                user.username(),
                now,
                today);
        return lineId;
    }

    /** A room's housekeeping status and out-of-order flag as the desk sets them. */
    void roomStatus(
            Outage outage,
            DeskRoom before,
            String housekeeping,
            boolean outOfOrder,
            String entryId,
            DeskUser user,
            LocalDate today) {
        Instant now = clock.instant();
        local.roomStatus(before.number(), housekeeping, outOfOrder, now);
        journal.append(
                entryId,
                outage.id(),
                new JournalChange.RoomStatus(
                        new JournalRoom(before.housekeeping(), before.outOfOrder()),
                        new JournalRoom(housekeeping, outOfOrder)),
                null,
                before.number(),
                null,
                null,
                user.username(),
                now,
                today);
    }

    /** A booking as the journal records it. */
    static JournalBooking journalBooking(DeskBooking b) {
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
}
