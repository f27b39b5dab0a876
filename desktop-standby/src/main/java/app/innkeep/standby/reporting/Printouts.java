package app.innkeep.standby.reporting;

import app.innkeep.model.LineKind;
import app.innkeep.reports.ConfirmationLetter;
import app.innkeep.reports.Folio;
import app.innkeep.reports.FolioLine;
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
import java.util.HashMap;
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
        var template = letters.find("confirmation")
                .orElseThrow(() -> new IllegalStateException(
                        "the confirmation letter template is missing; an admin can write it on the Letters page"));
        return desk.booking(confirmation).map(file -> {
            var s = desk.situation();
            DeskBooking b = file.booking();
            Map<String, String> values = new HashMap<>();
            values.put("firstName", b.firstName());
            values.put("lastName", b.lastName());
            values.put("guestName", b.firstName() + " " + b.lastName());
            values.put("confirmation", b.confirmation());
            values.put("arrival", b.arrival().toString());
            values.put("departure", b.departure().toString());
            values.put("nights", String.valueOf(b.nights()));
            values.put("room", b.room() == null ? "" : b.room());
            values.put("roomType", b.roomType());
            values.put(
                    "rate", b.rate().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            values.put("currency", s.currency());
            values.put("adults", String.valueOf(b.adults()));
            values.put("children", String.valueOf(b.children()));
            values.put("source", b.source());
            values.put("propertyName", s.propertyName() == null ? "" : s.propertyName());
            values.put("today", s.businessDate() == null ? "" : s.businessDate().toString());
            values.put("clerk", clerk);
            return reports.confirmationLetterPdf(
                    new ConfirmationLetter(header(s, template.title(), b.confirmation()), template.body(), values));
        });
    }

    public Optional<byte[]> registrationCard(String confirmation, String clerk) {
        return desk.booking(confirmation).map(file -> {
            var s = desk.situation();
            DeskBooking b = file.booking();
            return reports.registrationCardPdf(new RegistrationCard(
                    header(s, "Registration card", b.confirmation()),
                    b.confirmation(),
                    b.firstName() + " " + b.lastName(),
                    b.email(),
                    b.phone(),
                    b.room(),
                    b.roomType(),
                    b.arrival(),
                    b.departure(),
                    b.adults(),
                    b.children(),
                    b.rate(),
                    s.currency(),
                    b.source(),
                    b.notes(),
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
