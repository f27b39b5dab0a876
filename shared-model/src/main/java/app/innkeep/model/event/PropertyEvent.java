package app.innkeep.model.event;

import java.time.LocalDate;

/**
 * Something that happened to a property, as the cloud's change feed tells it. Every type has a stable wire name; a
 * new type added here breaks the build in every exhaustive {@code switch} that must handle it.
 */
public sealed interface PropertyEvent {

    /** The stable name on the wire, such as {@code booking.cancelled}. */
    String type();

    /** A booking changed; the event carries the whole booking as it is now. */
    sealed interface BookingEvent extends PropertyEvent {
        BookingState booking();
    }

    /** A folio line was posted; voids and refunds are lines too. */
    sealed interface FolioEvent extends PropertyEvent {
        FolioLineState line();
    }

    record BookingCreated(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.created";

        public String type() {
            return TYPE;
        }
    }

    record BookingModified(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.modified";

        public String type() {
            return TYPE;
        }
    }

    record BookingCancelled(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.cancelled";

        public String type() {
            return TYPE;
        }
    }

    record BookingCheckedIn(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.checked-in";

        public String type() {
            return TYPE;
        }
    }

    record BookingCheckedOut(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.checked-out";

        public String type() {
            return TYPE;
        }
    }

    record BookingNoShow(BookingState booking) implements BookingEvent {
        public static final String TYPE = "booking.no-show";

        public String type() {
            return TYPE;
        }
    }

    record ChargePosted(FolioLineState line) implements FolioEvent {
        public static final String TYPE = "folio.charge-posted";

        public String type() {
            return TYPE;
        }
    }

    record ChargeVoided(FolioLineState line) implements FolioEvent {
        public static final String TYPE = "folio.charge-voided";

        public String type() {
            return TYPE;
        }
    }

    record PaymentPosted(FolioLineState line) implements FolioEvent {
        public static final String TYPE = "folio.payment-posted";

        public String type() {
            return TYPE;
        }
    }

    record PaymentRefunded(FolioLineState line) implements FolioEvent {
        public static final String TYPE = "folio.payment-refunded";

        public String type() {
            return TYPE;
        }
    }

    /**
     * Master data was created, changed, deactivated or deleted. {@code kind} is inventory-item, receipt-type, source,
     * room-type or room; fields that do not apply to the kind are null.
     */
    record MasterDataChanged(
            String kind,
            String code,
            String description,
            java.math.BigDecimal defaultPrice,
            Boolean card,
            Integer maxOccupancy,
            String roomType,
            boolean active,
            boolean deleted)
            implements PropertyEvent {
        public static final String TYPE = "masterdata.changed";

        public String type() {
            return TYPE;
        }
    }

    /** Housekeeping status or out-of-order flag of a room changed. */
    record RoomStatusChanged(String room, String roomType, String housekeeping, boolean outOfOrder)
            implements PropertyEvent {
        public static final String TYPE = "room.status-changed";

        public String type() {
            return TYPE;
        }
    }

    /** The night audit closed a business date. */
    record BusinessDateRolled(LocalDate closedDate, LocalDate businessDate) implements PropertyEvent {
        public static final String TYPE = "business-date.rolled";

        public String type() {
            return TYPE;
        }
    }

    /**
     * A letter template was written or, when {@code removed}, deleted (then {@code title} and {@code body} are null).
     * The whole template travels: the standby replaces its copy with it.
     */
    record LetterTemplateChanged(String name, String title, String body, boolean removed) implements PropertyEvent {
        public static final String TYPE = "letter-template.changed";

        public String type() {
            return TYPE;
        }
    }
}
