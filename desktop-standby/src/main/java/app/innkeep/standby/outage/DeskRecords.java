package app.innkeep.standby.outage;

import app.innkeep.model.Housekeeping;
import app.innkeep.model.Posting;
import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalLine;
import app.innkeep.model.journal.JournalRoom;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.outage.DeskAction.Entry;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a desk action writes, each write with its journal entry, in the action's transaction: a booking's new version, a
 * folio line, a room's status. The journal's before/after go through the shared journal codec as a sealed
 * {@link JournalChange}, never as hand-made JSON.
 */
@Singleton
class DeskRecords {

    /** A folio line about to be posted here; {@code reverses} names the line a void or refund takes back. */
    record NewLine(Posting posting, Long reverses) {}

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
            Entry entry,
            DeskBooking before,
            DeskBooking after,
            BiFunction<JournalBooking, JournalBooking, JournalChange> change,
            String code,
            BigDecimal amount) {
        Instant now = clock.instant();
        String base = before != null && before.origin() == BookingOrigin.CLOUD ? before.toJson() : null;
        local.saveBooking(after, base, entry.outage().id(), now);
        journal.append(
                entry.id(),
                entry.outage().id(),
                change.apply(before == null ? null : journalBooking(before), journalBooking(after)),
                after.confirmation(),
                after.room(),
                code,
                amount,
                entry.user().username(),
                now,
                entry.businessDate());
    }

    /** Posts a line to a booking's folio; returns its (negative) ID. */
    long folioLine(Entry entry, Function<JournalLine, JournalChange> change, DeskBooking booking, NewLine line) {
        Instant now = clock.instant();
        long lineId = local.postLine(
                booking.confirmation(),
                line.posting(),
                line.reverses(),
                entry.id(),
                now,
                entry.user().username());
        Posting p = line.posting();
        journal.append(
                entry.id(),
                entry.outage().id(),
                change.apply(new JournalLine(
                        lineId,
                        p.kind().name(),
                        p.code(),
                        p.description(),
                        p.quantity(),
                        p.unitPrice(),
                        p.amount(),
                        p.cardLast4(),
                        line.reverses())),
                booking.confirmation(),
                booking.room(),
                p.code(),
                p.amount(),
                entry.user().username(),
                now,
                entry.businessDate());
        return lineId;
    }

    /** A room's housekeeping status and out-of-order flag as the desk sets them. */
    void roomStatus(Entry entry, DeskRoom before, Housekeeping housekeeping, boolean outOfOrder) {
        Instant now = clock.instant();
        local.roomStatus(before.number(), housekeeping, outOfOrder, now);
        journal.append(
                entry.id(),
                entry.outage().id(),
                new JournalChange.RoomStatus(
                        new JournalRoom(before.housekeeping().name(), before.outOfOrder()),
                        new JournalRoom(housekeeping.name(), outOfOrder)),
                null,
                before.number(),
                null,
                null,
                entry.user().username(),
                now,
                entry.businessDate());
    }

    /** A booking as the journal records it. */
    private static JournalBooking journalBooking(DeskBooking b) {
        return new JournalBooking(
                b.confirmation(), b.status().name(), b.firstName(), b.lastName(), b.email(), b.phone(), b.terms());
    }
}
