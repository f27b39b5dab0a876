package app.innkeep.model.snapshot;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One line of a bootstrap snapshot. A snapshot is newline-delimited JSON: a header, then master data, rooms,
 * bookings (each with its guest) and folio lines, then an end line with the counts. A download without its end line
 * is incomplete and must not be applied. Letter templates come after the rooms, only when the standby asks for them
 * (a standby older than them would refuse the snapshot for a section it does not know; ADR 0018).
 */
public sealed interface SnapshotLine {

    /**
     * What the snapshot is of: the property, the feed sequence it corresponds to (apply the feed from
     * {@code sequence + 1} on), how far back bookings go, and how many lines of each kind follow (for progress).
     * {@code kept} is the property's choice of what its standby keeps, which the rows already honour; null from a cloud
     * older than the choice.
     */
    record Header(
            String property,
            String name,
            String timeZone,
            String currency,
            LocalDate businessDate,
            long sequence,
            Instant generatedAt,
            LocalDate historyFrom,
            Map<String, Long> counts,
            KeptOnStandby kept)
            implements SnapshotLine {

        /**
         * The sections whose counts a header may leave to the end line (a cloud asked for them at the end), where they
         * are not known yet; every other count a header leaves out is 0.
         */
        public static final List<String> COUNTED_AT_END = List.of("bookings", "folioLines");

        /** A header without the choice, as a cloud older than it writes. */
        public Header(
                String property,
                String name,
                String timeZone,
                String currency,
                LocalDate businessDate,
                long sequence,
                Instant generatedAt,
                LocalDate historyFrom,
                Map<String, Long> counts) {
            this(property, name, timeZone, currency, businessDate, sequence, generatedAt, historyFrom, counts, null);
        }
    }

    /** Master data in the same shape as the feed's {@code masterdata.changed}. */
    record MasterData(MasterDataChanged entry) implements SnapshotLine {}

    /** A letter template in the same shape as the feed's {@code letter-template.changed}, never removed. */
    record LetterTemplate(LetterTemplateChanged template) implements SnapshotLine {}

    record Room(String room, String roomType, String housekeeping, boolean outOfOrder, boolean active)
            implements SnapshotLine {}

    record Booking(BookingState booking) implements SnapshotLine {}

    record FolioLine(FolioLineState line) implements SnapshotLine {}

    /** The last line: the counts again, so a reader knows it got everything. */
    record End(Map<String, Long> counts) implements SnapshotLine {}
}
