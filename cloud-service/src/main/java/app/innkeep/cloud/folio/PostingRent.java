package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** The night audit posting a night's {@code RENT}, once per booking and night. */
@Singleton
public class PostingRent {

    private final FolioLines lines;
    private final MasterCodes codes;
    private final Outbox outbox;
    private final Clock clock;

    public PostingRent(FolioLines lines, MasterCodes codes, Outbox outbox, Clock clock) {
        this.lines = lines;
        this.codes = codes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Posts one night of {@code RENT} at the booking's rate, once per booking and night (night audit). */
    public boolean postRent(PropertyRow property, BookingRow booking, LocalDate night, String actor) {
        if (lines.hasRentFor(booking.id(), night)) {
            return false;
        }
        MasterCodeRow rent =
                codes.find(property.id(), MasterDataKind.INVENTORY_ITEM, "RENT").orElseThrow();
        var row = new FolioLineRow(
                0,
                property.id(),
                booking.id(),
                new Posting(
                        LineKind.CHARGE,
                        rent.code(),
                        rent.description() + " " + night,
                        BigDecimal.ONE,
                        booking.rate(),
                        booking.rate(),
                        night,
                        null),
                null,
                null,
                night,
                clock.instant(),
                actor);
        long id = lines.insert(row);
        outbox.append(
                property,
                actor,
                night,
                new ChargePosted(FolioPostings.state(
                        lines.find(property.id(), booking.id(), id).orElseThrow(), booking.confirmation())));
        return true;
    }
}
