package app.innkeep.standby.reporting;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LetterTemplate;
import app.innkeep.model.LineKind;
import app.innkeep.reports.Folio;
import app.innkeep.reports.FolioLine;
import app.innkeep.reports.Letter;
import app.innkeep.reports.RegistrationCard;
import app.innkeep.reports.ReportHeader;
import app.innkeep.reports.Reports;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.store.ReplicaRoute;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The front desk's printouts, filled from what the desk sees (its own work over the cloud's copy). Each carries
 * "data as of": a printout from the standby is only as current as its copy.
 */
@Singleton
public class Printouts {

    /** The reports module is plain Java; one instance caches the compiled templates. */
    @Factory
    static class ReportsFactory {
        @Singleton
        Reports reports() {
            return new Reports();
        }
    }

    private final FrontDesk desk;
    private final Reports reports;
    private final LetterTemplates letters;
    private final Clock clock;
    private final ReplicaRoute route;

    public Printouts(FrontDesk desk, Reports reports, LetterTemplates letters, Clock clock, ReplicaRoute route) {
        this.desk = desk;
        this.reports = reports;
        this.letters = letters;
        this.clock = clock;
        this.route = route;
    }

    /** The property's confirmation letter for a booking, from its letter template. */
    public Optional<byte[]> confirmationLetter(String confirmation, String clerk) {
        return letter(LetterTemplate.CONFIRMATION, confirmation, clerk);
    }

    /** The cancellation letter; empty when the booking is not here or not cancelled. */
    public Optional<byte[]> cancellationLetter(String confirmation, String clerk) {
        return desk.booking(confirmation)
                .filter(file -> file.booking().status() == BookingStatus.CANCELLED)
                .flatMap(file -> letter(LetterTemplate.CANCELLATION, confirmation, clerk));
    }

    /** The receipt, the cover letter of a booking's folio, with its charges, payments and balance. */
    public Optional<byte[]> receipt(String confirmation, String clerk) {
        return letter(LetterTemplate.RECEIPT, confirmation, clerk);
    }

    /**
     * A letter from the template the cloud sent (ADR 0018), filled with the booking as the desk sees it. A placeholder
     * the booking has no value for (no room yet, no cancel reason) prints as written.
     */
    private Optional<byte[]> letter(String name, String confirmation, String clerk) {
        var template = letters.find(name).orElseThrow(() -> new IllegalStateException("no " + name + " letter"));
        return desk.booking(confirmation).map(file -> {
            var s = desk.situation();
            Map<String, String> values = LetterValues.of(file, s, clerk);
            return reports.letterPdf(new Letter(header(s, template.title(), confirmation), template.body(), values));
        });
    }

    public Optional<byte[]> registrationCard(String confirmation, String clerk) {
        return desk.booking(confirmation).map(file -> {
            var s = desk.situation();
            DeskBooking b = file.booking();
            var shown = desk.detailsShown(b);
            return reports.registrationCardPdf(new RegistrationCard(
                    header(s, "Registration card", b.confirmation()),
                    b.confirmation(),
                    b.firstName() + " " + b.lastName(),
                    shown.email(),
                    shown.phone(),
                    b.room(),
                    b.roomType(),
                    b.arrival(),
                    b.departure(),
                    b.adults(),
                    b.children(),
                    b.rate(),
                    s.currency(),
                    b.source(),
                    shown.notes(),
                    clerk));
        });
    }

    public Optional<byte[]> folio(String confirmation) {
        return desk.booking(confirmation).map(file -> {
            var s = desk.situation();
            DeskBooking b = file.booking();
            return reports.folioPdf(new Folio(
                    header(s, "Guest folio", b.arrival() + " to " + b.departure()),
                    b.confirmation(),
                    b.firstName() + " " + b.lastName(),
                    b.room(),
                    b.arrival(),
                    b.departure(),
                    s.currency(),
                    file.folio().stream()
                            .map(l -> new FolioLine(
                                    l.businessDate(),
                                    l.reversesLineId() == null
                                            ? l.kind().name()
                                            : l.kind() == LineKind.PAYMENT ? "REFUND" : "VOID",
                                    l.code(),
                                    l.description(),
                                    l.quantity(),
                                    l.signedAmount(),
                                    l.cardLast4()))
                            .toList()));
        });
    }

    ReportHeader header(FrontDesk.Situation s, String name, String period) {
        ZoneId zone;
        try {
            zone = ZoneId.of(s.timeZone());
        } catch (RuntimeException e) {
            zone = ZoneId.systemDefault();
        }
        // A drill's paper says so, so that it is never taken for the real thing (ADR 0019).
        String title = route.onDrillCopy() ? "FIRE DRILL · " + name : name;
        return new ReportHeader(s.property(), s.propertyName(), title, period, clock.instant(), s.dataAsOf(), zone);
    }
}
