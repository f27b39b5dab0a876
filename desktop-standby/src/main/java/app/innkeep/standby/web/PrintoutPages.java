package app.innkeep.standby.web;

import app.innkeep.standby.drill.Drills;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.reporting.Printouts;
import app.innkeep.standby.staff.DeskAuthentication;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Registration card, folio and the letters (confirmation, cancellation, receipt) as PDF downloads. A D-number whose
 * booking was re-entered and signed off leads to the same printout of the cloud booking it became, as its page does.
 */
@Controller("/bookings/{confirmation}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.DESK)
public class PrintoutPages {

    private final Printouts printouts;
    private final Pages pages;
    private final Drills drills;
    private final FrontDesk desk;

    public PrintoutPages(Printouts printouts, Pages pages, Drills drills, FrontDesk desk) {
        this.printouts = printouts;
        this.pages = pages;
        this.drills = drills;
        this.desk = desk;
    }

    @Get(
            value = "/registration-card.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> registrationCard(Authentication user, String confirmation) {
        String clerk =
                String.valueOf(user.getAttributes().getOrDefault(DeskAuthentication.NAME_ATTRIBUTE, user.getName()));
        return pdf(user, confirmation, "registration-card", printouts.registrationCard(confirmation, clerk));
    }

    @Get(
            value = "/folio.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> folio(Authentication user, String confirmation) {
        return pdf(user, confirmation, "folio", printouts.folio(confirmation));
    }

    @Get(
            value = "/confirmation-letter.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> confirmationLetter(Authentication user, String confirmation) {
        String clerk =
                String.valueOf(user.getAttributes().getOrDefault(DeskAuthentication.NAME_ATTRIBUTE, user.getName()));
        return pdf(user, confirmation, "confirmation-letter", printouts.confirmationLetter(confirmation, clerk));
    }

    @Get(
            value = "/cancellation-letter.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> cancellationLetter(Authentication user, String confirmation) {
        var letter = printouts.cancellationLetter(confirmation, clerk(user));
        if (letter.isEmpty()) {
            return becameInCloud(confirmation, "cancellation-letter")
                    .orElseGet(() -> pages.notFound(user, "cancelled booking " + confirmation)
                            .contentType(MediaType.TEXT_HTML_TYPE));
        }
        return pdf(user, confirmation, "cancellation-letter", letter);
    }

    @Get(
            value = "/receipt.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> receipt(Authentication user, String confirmation) {
        return pdf(user, confirmation, "receipt", printouts.receipt(confirmation, clerk(user)));
    }

    private static String clerk(Authentication user) {
        return String.valueOf(user.getAttributes().getOrDefault(DeskAuthentication.NAME_ATTRIBUTE, user.getName()));
    }

    private HttpResponse<?> pdf(Authentication user, String confirmation, String name, Optional<byte[]> pdf) {
        if (pdf.isEmpty()) {
            return becameInCloud(confirmation, name)
                    .orElseGet(() ->
                            pages.notFound(user, "booking " + confirmation).contentType(MediaType.TEXT_HTML_TYPE));
        }
        String file = name + "-" + confirmation.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
        drills.printed(user.getName(), file);
        return HttpResponse.ok(pdf.get())
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    /** 303 to the same printout of the cloud booking a signed-off D-number became, if it is one. */
    private Optional<HttpResponse<?>> becameInCloud(String confirmation, String name) {
        return desk.becameInCloud(confirmation)
                .map(cloud -> HttpResponse.seeOther(URI.create(
                        "/bookings/" + URLEncoder.encode(cloud, StandardCharsets.UTF_8) + "/" + name + ".pdf")));
    }
}
