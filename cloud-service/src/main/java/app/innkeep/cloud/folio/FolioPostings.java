package app.innkeep.cloud.folio;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Writing one new folio line with its audit record and the feed event the use case names; nothing is ever deleted,
 * voids and refunds are new negative lines. Also the rules every posting shares.
 */
@Singleton
public class FolioPostings {

    /** A line as a use case wants it posted: what, how much, for which day, and whom it reverses. */
    record Draft(Posting posting, String token, Long reverses) {}

    private final FolioLines lines;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public FolioPostings(FolioLines lines, AuditTrail audit, Outbox outbox, Clock clock) {
        this.lines = lines;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    FolioLineResponse post(
            String actor,
            PropertyRow property,
            BookingRow booking,
            Draft draft,
            String action,
            Function<FolioLineState, PropertyEvent> event,
            Origin origin) {
        var row = new FolioLineRow(
                0,
                property.id(),
                booking.id(),
                draft.posting(),
                draft.token(),
                draft.reverses(),
                null,
                clock.instant(),
                actor,
                origin.originalAt(),
                origin.reentryEntryId());
        long id = lines.insert(row);
        FolioLineRow saved = lines.find(property.id(), booking.id(), id).orElseThrow();
        FolioLineResponse response = response(saved, false);
        audit.record(property.id(), actor, action, "folio", booking.confirmation(), null, response);
        outbox.append(property, actor, event.apply(state(saved, booking.confirmation())));
        return response;
    }

    /** The line a void or refund reverses: of the right kind, not itself a reversal, not reversed already. */
    FolioLineRow reversible(PropertyRow property, BookingRow booking, long lineId, LineKind kind) {
        FolioLineRow original = lines.find(property.id(), booking.id(), lineId)
                .orElseThrow(() -> Problem.notFound("folio line", String.valueOf(lineId)));
        if (original.kind() != kind) {
            throw Problem.conflict(
                    "wrong-line-kind", "line " + lineId + " is a " + original.kind() + ", not a " + kind);
        }
        if (original.reversesLineId() != null) {
            throw Problem.conflict("is-reversal", "line " + lineId + " is itself a void or refund");
        }
        if (lines.isReversed(lineId)) {
            throw Problem.conflict("already-reversed", "line " + lineId + " was already voided or refunded");
        }
        return original;
    }

    /** The line as the feed carries it: never a card token, at most the last four digits. */
    static FolioLineState state(FolioLineRow r, String confirmation) {
        return new FolioLineState(r.id(), confirmation, r.posting(), r.reversesLineId());
    }

    static FolioLineResponse response(FolioLineRow r, boolean reversed) {
        return new FolioLineResponse(
                r.id(),
                r.kind(),
                r.code(),
                r.description(),
                r.quantity(),
                r.unitPrice(),
                r.amount(),
                r.businessDate(),
                r.cardLast4(),
                r.reversesLineId(),
                reversed,
                r.postedAt(),
                r.postedBy(),
                r.originalAt(),
                r.reentryEntryId());
    }

    static LocalDate businessDate(PropertyRow property, LocalDate requested) {
        if (requested == null) {
            return property.businessDate();
        }
        if (requested.isAfter(property.businessDate())) {
            throw Problem.invalid(
                    "businessDate", "cannot be after the current business date " + property.businessDate());
        }
        return requested;
    }

    static String describe(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
