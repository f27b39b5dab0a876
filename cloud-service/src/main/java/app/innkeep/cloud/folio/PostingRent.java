package app.innkeep.cloud.folio;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A night's {@code RENT}, once per booking and night whoever posts it: the cloud's night audit, or the standby's night
 * audit re-entered after an outage. The database holds the rule ({@code FOLIO_LINE_RENT_UK} on booking and night), so
 * whichever side posts a night first, the other posts nothing (ADR 0017).
 */
@Singleton
public class PostingRent {

    private final FolioLines lines;
    private final MasterCodes codes;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public PostingRent(FolioLines lines, MasterCodes codes, Outbox outbox, AuditTrail audit, Clock clock) {
        this.lines = lines;
        this.codes = codes;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts one night of {@code RENT} at the booking's rate, once per booking and night (night audit). */
    public boolean postRent(PropertyRow property, BookingRow booking, LocalDate night, String actor) {
        if (lines.hasRentFor(booking.id(), night)) {
            return false;
        }
        insert(property, booking, night, booking.rate(), null, actor, Origin.CLOUD);
        return true;
    }

    /**
     * The standby's RENT of a night, re-entered: posted at the standby's rate and dated that night, unless the night
     * already has its RENT (from the cloud's own audit or an earlier re-entry), which is then the answer.
     */
    public FolioLineResponse reenter(
            PropertyRow property,
            BookingRow booking,
            LocalDate night,
            BigDecimal rate,
            String description,
            String actor,
            Origin origin) {
        var posted = lines.rentFor(booking.id(), night);
        if (posted.isPresent()) {
            return FolioPostings.response(
                    posted.get(), lines.isReversed(posted.get().id()));
        }
        FolioLineRow saved = insert(property, booking, night, rate, description, actor, origin);
        FolioLineResponse response = FolioPostings.response(saved, false);
        audit.record(property.id(), actor, "folio.rent-posted", "folio", booking.confirmation(), null, response);
        return response;
    }

    private FolioLineRow insert(
            PropertyRow property,
            BookingRow booking,
            LocalDate night,
            BigDecimal rate,
            String description,
            String actor,
            Origin origin) {
        MasterCodeRow rent =
                codes.find(property.id(), MasterDataKind.INVENTORY_ITEM, "RENT").orElseThrow();
        BigDecimal amount = rate.setScale(2, RoundingMode.HALF_EVEN);
        var row = new FolioLineRow(
                0,
                property.id(),
                booking.id(),
                new Posting(
                        LineKind.CHARGE,
                        rent.code(),
                        FolioPostings.describe(description, rent.description() + " " + night),
                        BigDecimal.ONE,
                        amount,
                        amount,
                        night,
                        null),
                null,
                null,
                night,
                clock.instant(),
                actor,
                origin.originalAt(),
                origin.reentryEntryId());
        long id = lines.insert(row);
        FolioLineRow saved = lines.find(property.id(), booking.id(), id).orElseThrow();
        outbox.append(property, actor, night, new ChargePosted(FolioPostings.state(saved, booking.confirmation())));
        return saved;
    }
}
