package app.innkeep.model.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one outage journal entry changed, by action. The journal is kept for years and read back by later versions, so
 * every action has a stable name (the journal's ACTION column) and {@link JournalCodec} writes each state with a
 * schema version; a new action added here breaks the build in every exhaustive {@code switch} that must handle it.
 */
public sealed interface JournalChange {

    /** The stable name in the journal, such as {@code WALK_IN}. */
    String action();

    /** Outage mode switched on or off: nothing the cloud has to re-enter. */
    sealed interface OutageMark extends JournalChange {}

    /** Work the front desk did, which the re-entry brings into the cloud. */
    sealed interface DeskWork extends JournalChange {}

    /** A booking's state before (none for a walk-in) and after the action. */
    sealed interface BookingChange extends DeskWork {
        JournalBooking before();

        JournalBooking after();
    }

    /** A folio line the action posted; voids and refunds are lines too. */
    sealed interface LineChange extends DeskWork {
        JournalLine line();
    }

    record OutageStarted(String reason, Instant dataAsOf) implements OutageMark {
        public static final String ACTION = "OUTAGE_STARTED";

        public String action() {
            return ACTION;
        }
    }

    /** {@code note} may be null. */
    record OutageEnded(String note) implements OutageMark {
        public static final String ACTION = "OUTAGE_ENDED";

        public String action() {
            return ACTION;
        }
    }

    record WalkIn(JournalBooking after) implements BookingChange {
        public static final String ACTION = "WALK_IN";

        public String action() {
            return ACTION;
        }

        /** A walk-in had no booking before. */
        public JournalBooking before() {
            return null;
        }
    }

    /** A phone reservation for a later date taken on the standby: a D-number, RESERVED; it had no booking before. */
    record Reserve(JournalBooking after) implements BookingChange {
        public static final String ACTION = "RESERVE";

        public String action() {
            return ACTION;
        }

        /** A reservation had no booking before. */
        public JournalBooking before() {
            return null;
        }
    }

    record CheckIn(JournalBooking before, JournalBooking after) implements BookingChange {
        public static final String ACTION = "CHECK_IN";

        public String action() {
            return ACTION;
        }
    }

    record CheckOut(JournalBooking before, JournalBooking after) implements BookingChange {
        public static final String ACTION = "CHECK_OUT";

        public String action() {
            return ACTION;
        }
    }

    record Modify(JournalBooking before, JournalBooking after) implements BookingChange {
        public static final String ACTION = "MODIFY";

        public String action() {
            return ACTION;
        }
    }

    record Cancel(JournalBooking before, JournalBooking after) implements BookingChange {
        public static final String ACTION = "CANCEL";

        public String action() {
            return ACTION;
        }
    }

    record Charge(JournalLine line) implements LineChange {
        public static final String ACTION = "CHARGE";

        public String action() {
            return ACTION;
        }
    }

    record VoidCharge(JournalLine line) implements LineChange {
        public static final String ACTION = "VOID";

        public String action() {
            return ACTION;
        }
    }

    record Payment(JournalLine line) implements LineChange {
        public static final String ACTION = "PAYMENT";

        public String action() {
            return ACTION;
        }
    }

    record Refund(JournalLine line) implements LineChange {
        public static final String ACTION = "REFUND";

        public String action() {
            return ACTION;
        }
    }

    /** The room is the entry's own room column; here only its status. */
    record RoomStatus(JournalRoom before, JournalRoom after) implements DeskWork {
        public static final String ACTION = "ROOM_STATUS";

        public String action() {
            return ACTION;
        }
    }

    /**
     * One night of RENT the standby's night audit posted to one in-house booking; the entry's business date is the
     * night.
     */
    record Rent(JournalLine line) implements LineChange {
        public static final String ACTION = "RENT";

        public String action() {
            return ACTION;
        }
    }

    /**
     * The standby's night audit closed {@code closed} and rolled the desk to {@code next}: how many nights of RENT it
     * posted and their total, and the bookings it listed and left (arrivals not checked in, departures not checked
     * out). The entry's business date is the closed day; it names no booking.
     */
    record DayClosed(
            LocalDate closed,
            LocalDate next,
            int rentPosted,
            BigDecimal rentTotal,
            List<String> arrivalsNotCheckedIn,
            List<String> departuresNotCheckedOut)
            implements DeskWork {
        public static final String ACTION = "DAY_CLOSED";

        public DayClosed {
            arrivalsNotCheckedIn = List.copyOf(arrivalsNotCheckedIn);
            departuresNotCheckedOut = List.copyOf(departuresNotCheckedOut);
        }

        public String action() {
            return ACTION;
        }
    }
}
