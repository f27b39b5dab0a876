package app.innkeep.cloud.admin;

import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.pages.StandbyHealth;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingRequests.PairingCodeResponse;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.portfolio.PropertyResponse;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.session.PageGate;
import app.innkeep.cloud.session.PageRefusal;
import app.innkeep.cloud.session.SignedIn;
import app.innkeep.cloud.standbydata.DataChoices;
import app.innkeep.cloud.standbydata.StandbyDataChoice;
import app.innkeep.cloud.standbydata.StandbyDataService;
import app.innkeep.model.PropertyTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A property admin's "Desktop standby" page: the backup flag's state, a one-time pairing code shown large with its
 * expiry, the property's standbys with their health and a revoke with a reason, and what the standby keeps (days of
 * departed history, guests' contact details, notes). Support staff may read it (to see what the admin sees) but change
 * nothing here; they have their own pages.
 */
@Controller("/admin/{code}/standby")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class StandbyPages {

    private static final Set<StaffRole> READERS = Set.of(StaffRole.PROPERTY_ADMIN, StaffRole.SUPPORT);

    @Serdeable
    public record CodeForm(@Nullable String csrfToken) {}

    @Serdeable
    public record RevokeForm(
            @Nullable String csrfToken, @Nullable String reason) {}

    /** The data-choices form as posted: every field a string, so a wrong one is told on the page, not a 400 page. */
    @Serdeable
    public record DataForm(
            @Nullable String csrfToken,
            @Nullable String historyDays,
            @Nullable String contactDetails,
            @Nullable String notes) {}

    private final PageGate gate;
    private final PropertyService properties;
    private final PairingService pairing;
    private final StandbyDataService standbyData;
    private final Clock clock;

    public StandbyPages(
            PageGate gate,
            PropertyService properties,
            PairingService pairing,
            StandbyDataService standbyData,
            Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.pairing = pairing;
        this.standbyData = standbyData;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> page(HttpRequest<?> request, String code, @Nullable @QueryValue String done) {
        SignedIn visitor = gate.require(request);
        String said =
                "revoked".equals(done) ? "The standby is revoked: its next sync is refused with your reason." : null;
        // Told inside the data-choices section, where the redirect's #data-choices brings the admin back to.
        String dataSaid = switch (done == null ? "" : done) {
            case "data-saved" ->
                "Saved: the standby takes the new choice at its next sync, and removes what it no longer" + " keeps.";
            case "data-unchanged" -> "Nothing changed: the standby already keeps exactly this.";
            default -> null;
        };
        return page(visitor, code, null, said, null, HttpStatus.OK, null, dataSaid);
    }

    /**
     * The admin's choice of what the standby keeps. Wrong input re-shows the page with what was typed and a message
     * naming the field, and changes nothing; the same choice again is no new version (the standby does not resync).
     */
    @Post(value = "/data", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> chooseData(HttpRequest<?> request, String code, @Nullable @Body DataForm form) {
        SignedIn visitor = gate.requireForm(request, form == null ? null : form.csrfToken());
        // Only the property's admin chooses on this page (support reads it; the API stays open to support): the role
        // is checked before the input, so support, the front desk and another property learn nothing from it.
        properties.get(visitor.caller(), code, Set.of(StaffRole.PROPERTY_ADMIN));
        String typed = form.historyDays() == null ? "" : form.historyDays().strip();
        boolean contact = form.contactDetails() != null;
        boolean notes = form.notes() != null;
        String wrong = wrongDays(typed);
        if (wrong != null) {
            return page(
                    visitor,
                    code,
                    null,
                    null,
                    wrong,
                    HttpStatus.BAD_REQUEST,
                    new DataAttempt(typed, contact, notes),
                    null);
        }
        long before = standbyData.choice(visitor.caller(), code).version();
        standbyData.choose(visitor.caller(), code, new DataChoices(Integer.parseInt(typed), contact, notes));
        long after = standbyData.choice(visitor.caller(), code).version();
        return HttpResponse.<String>seeOther(URI.create("/admin/" + code + "/standby?done="
                + (after == before ? "data-unchanged" : "data-saved") + "#data-choices"));
    }

    /** Why the typed days cannot be kept, in the form's own words, or null when they can. */
    private static String wrongDays(String typed) {
        String range = DataChoices.FEWEST_DAYS + " to " + DataChoices.MOST_DAYS;
        if (typed.isEmpty()) {
            return "Days of departed history: enter a number of days from " + range + ".";
        }
        if (!typed.matches("[0-9]{1,6}")) {
            return "Days of departed history: \"" + typed + "\" is not a whole number of days; enter one from " + range
                    + ".";
        }
        int days = Integer.parseInt(typed);
        if (days < DataChoices.FEWEST_DAYS || days > DataChoices.MOST_DAYS) {
            return "Days of departed history: " + days + " is outside " + range + " days.";
        }
        return null;
    }

    /** What the admin typed into the data-choices form, shown again with the message when it was refused. */
    private record DataAttempt(String historyDays, boolean contactDetails, boolean notes) {}

    /** A new pairing code, shown on the page this once (the cloud keeps only its hash). */
    @Post(value = "/pairing-code", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> makeCode(HttpRequest<?> request, String code, @Nullable @Body CodeForm form) {
        SignedIn visitor = gate.requireForm(request, form == null ? null : form.csrfToken());
        PairingCodeResponse made = pairing.createCode(visitor.caller(), code);
        return page(visitor, code, made, null, null, HttpStatus.OK);
    }

    @Post(value = "/devices/{id}/revoke", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> revoke(HttpRequest<?> request, String code, long id, @Nullable @Body RevokeForm form) {
        SignedIn visitor = gate.requireForm(request, form == null ? null : form.csrfToken());
        if (form.reason() == null || form.reason().isBlank()) {
            // The role is checked before the missing reason is pointed out: a support user learns it is not theirs.
            properties.get(visitor.caller(), code, Set.of(StaffRole.PROPERTY_ADMIN));
            return page(
                    visitor,
                    code,
                    null,
                    null,
                    "Give a reason for revoking standby #" + id + ".",
                    HttpStatus.BAD_REQUEST);
        }
        pairing.revoke(visitor.caller(), code, id, form.reason().strip());
        return HttpResponse.<String>seeOther(URI.create("/admin/" + code + "/standby?done=revoked"));
    }

    @Error(exception = Problem.class)
    public HttpResponse<String> refused(HttpRequest<?> request, Problem problem) {
        return PageRefusal.answer(problem);
    }

    private HttpResponse<String> page(
            SignedIn visitor, String code, PairingCodeResponse made, String done, String error, HttpStatus status) {
        return page(visitor, code, made, done, error, status, null, null);
    }

    private HttpResponse<String> page(
            SignedIn visitor,
            String code,
            PairingCodeResponse made,
            String done,
            String error,
            HttpStatus status,
            DataAttempt attempt,
            String dataDone) {
        PropertyResponse p = properties.get(visitor.caller(), code, READERS);
        List<DeviceResponse> devices = pairing.standbysOf(visitor.caller(), code);
        boolean admin = visitor.is(StaffRole.PROPERTY_ADMIN);
        Instant now = clock.instant();
        StringBuilder h = new StringBuilder();
        if (done != null) {
            h.append("<p class=\"done\" role=\"status\">")
                    .append(CloudPage.esc(done))
                    .append("</p>");
        }
        if (error != null && attempt == null) {
            h.append("<p class=\"error\" role=\"alert\">")
                    .append(CloudPage.esc(error))
                    .append("</p>");
        }
        if (!admin) {
            h.append("<p class=\"hint\">You see this page as support staff: it shows what the property's admin sees."
                            + " Pairing codes are made by the admin; revoke a standby on the support page of ")
                    .append("<a href=\"/support/properties/")
                    .append(CloudPage.esc(p.code()))
                    .append("\">")
                    .append(CloudPage.esc(p.code()))
                    .append("</a>.</p>");
        }
        h.append("<h2>Backup flag</h2>");
        if (p.backupEnabled()) {
            h.append("<p>The backup flag is <strong>on</strong>: a standby can pair with ")
                    .append(CloudPage.esc(p.code()))
                    .append(" and keep its copy up to date.</p>");
        } else {
            h.append("<p>The backup flag is <strong>off</strong>. Ask support to turn it on: until then no standby can"
                    + " pair with this property or sync.</p>");
        }
        h.append(pairingSection(visitor, p, made, admin));
        h.append("<h2>Standbys</h2>");
        if (devices.isEmpty()) {
            h.append("<p class=\"empty\">No standby has been paired yet. Install the standby on the front-desk PC,"
                    + " open its Set backup page, and type in a pairing code made here.</p>");
        } else {
            h.append("<p class=\"hint\">Times are the property's local time, with UTC below.</p>")
                    .append("<table><tr>")
                    .append(StandbyHealth.HEADINGS)
                    .append(admin ? "<th>Revoke</th>" : "")
                    .append("</tr>");
            for (DeviceResponse d : devices) {
                h.append("<tr class=\"")
                        .append(StandbyHealth.rowClass(d, now))
                        .append("\">")
                        .append(StandbyHealth.cells(d, now));
                if (admin) {
                    h.append("<td>")
                            .append(
                                    d.revokedAt() == null
                                            ? StandbyHealth.revokeForm(
                                                    "/admin/" + p.code() + "/standby/devices/" + d.id() + "/revoke",
                                                    d,
                                                    visitor.csrfField())
                                            : "—")
                            .append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</table>");
        }
        h.append(dataChoicesSection(visitor, p, admin, attempt, attempt == null ? null : error, dataDone));
        CloudPage.Section section = new CloudPage.Section(
                admin ? "admin · " + p.code() : "support",
                admin
                        ? List.of(new CloudPage.Link("/admin/" + p.code() + "/standby", "Desktop standby"))
                        : List.of(
                                new CloudPage.Link("/support/properties", "Properties"),
                                new CloudPage.Link("/admin/" + p.code() + "/standby", p.code() + " desktop standby")));
        return HttpResponse.<String>status(status)
                .body(CloudPage.page(
                        "Desktop standby",
                        section,
                        "/admin/" + p.code() + "/standby",
                        visitor.visitor(),
                        null,
                        h.toString()))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    /**
     * The pairing code, when one was just made: large, with its expiry as text in the property's time, and a
     * countdown that {@code /assets/countdown.js} keeps (without scripts the text alone says it).
     */
    private String pairingSection(SignedIn visitor, PropertyResponse p, PairingCodeResponse made, boolean admin) {
        StringBuilder h = new StringBuilder();
        if (made != null) {
            PropertyTime there = PropertyTime.of(p.timeZone());
            long minutes = Math.max(
                    0, Duration.between(clock.instant(), made.expiresAt()).toMinutes());
            h.append("<section class=\"card\" aria-labelledby=\"code-h\"><h2 id=\"code-h\">Pairing code</h2>")
                    .append("<p class=\"pairing-code\" id=\"pairing-code\">")
                    .append(CloudPage.esc(made.code()))
                    .append("</p><p>Type it into the standby's Set backup page. It works once, until ")
                    .append(CloudPage.esc(there.format(made.expiresAt())))
                    .append(" (about ")
                    .append(minutes)
                    .append(" minutes). <span class=\"countdown\" data-expires=\"")
                    .append(CloudPage.esc(made.expiresAt().toString()))
                    .append("\" role=\"timer\" aria-live=\"off\"></span></p>")
                    .append("<p class=\"hint\">The code is shown only now; the cloud keeps only a hash of it.</p>")
                    .append("</section><script src=\"/assets/countdown.js\" defer></script>");
        }
        if (admin && p.backupEnabled()) {
            h.append("<form class=\"card\" method=\"post\" action=\"/admin/")
                    .append(CloudPage.esc(p.code()))
                    .append("/standby/pairing-code\"><h2>Pair a standby</h2>")
                    .append(visitor.csrfField())
                    .append("<p class=\"hint\">A one-time code for the standby's Set backup page.")
                    .append(made == null ? "" : " A new code does not cancel the one above.")
                    .append("</p><button type=\"submit\">Make a pairing code</button></form>");
        }
        return h.toString();
    }

    /**
     * What the standby keeps: the choice now, with its version and who made it when, and for the property's admin the
     * form that changes it. A refused attempt is shown again as typed, with the message beside the field.
     */
    private String dataChoicesSection(
            SignedIn visitor, PropertyResponse p, boolean admin, DataAttempt attempt, String error, String done) {
        StandbyDataChoice now = standbyData.choice(visitor.caller(), p.code());
        DataChoices c = now.choices();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"data-choices\" aria-labelledby=\"data-choices-h\">")
                .append("<h2 id=\"data-choices-h\">What the standby keeps</h2>");
        if (done != null) {
            h.append("<p class=\"done\" role=\"status\">")
                    .append(CloudPage.esc(done))
                    .append("</p>");
        }
        h.append("")
                .append("<ul><li>")
                .append(c.historyDays())
                .append(" days of departed history (stays in house or still to come are always kept)</li><li>")
                .append("Guests' contact details (e-mail, phone): ")
                .append(c.contactDetails() ? "kept" : "<strong>not kept</strong>")
                .append("</li><li>Notes: ")
                .append(c.notes() ? "kept" : "<strong>not kept</strong>")
                .append("</li></ul><p class=\"hint\">");
        if (now.version() == 0) {
            h.append("The cloud's default: no one has chosen yet.");
        } else {
            h.append("Version ")
                    .append(now.version())
                    .append(", chosen by ")
                    .append(CloudPage.esc(now.chosenBy()))
                    .append(" at ")
                    .append(CloudPage.esc(PropertyTime.of(p.timeZone()).format(now.chosenAt())))
                    .append(".");
        }
        h.append("</p>");
        if (!admin) {
            h.append("<p class=\"hint\">The property's admin chooses this here.</p></section>");
            return h.toString();
        }
        String days = attempt == null ? String.valueOf(c.historyDays()) : attempt.historyDays();
        boolean contact = attempt == null ? c.contactDetails() : attempt.contactDetails();
        boolean notes = attempt == null ? c.notes() : attempt.notes();
        h.append("<form class=\"card\" method=\"post\" action=\"/admin/")
                .append(CloudPage.esc(p.code()))
                .append("/standby/data\"><h3>Choose what the standby keeps</h3>")
                .append(visitor.csrfField())
                .append("<label for=\"history-days\">Days of departed history</label>")
                .append("<input id=\"history-days\" name=\"historyDays\" type=\"number\" inputmode=\"numeric\"")
                .append(" min=\"")
                .append(DataChoices.FEWEST_DAYS)
                .append("\" max=\"")
                .append(DataChoices.MOST_DAYS)
                .append("\" required aria-describedby=\"history-days-hint")
                .append(error == null ? "" : " history-days-error")
                .append("\"")
                .append(error == null ? "" : " aria-invalid=\"true\" autofocus")
                .append(" value=\"")
                .append(CloudPage.esc(days))
                .append("\">");
        if (error != null) {
            h.append("<p class=\"error\" id=\"history-days-error\" role=\"alert\">")
                    .append(CloudPage.esc(error))
                    .append("</p>");
        }
        h.append("<p class=\"hint\" id=\"history-days-hint\">")
                .append(DataChoices.FEWEST_DAYS)
                .append(" to ")
                .append(DataChoices.MOST_DAYS)
                .append(" days of stays that departed, were cancelled or did not show.</p>")
                .append("<label><input type=\"checkbox\" name=\"contactDetails\" value=\"on\"")
                .append(contact ? " checked" : "")
                .append("> Guests' contact details (e-mail, phone)</label>")
                .append("<label><input type=\"checkbox\" name=\"notes\" value=\"on\"")
                .append(notes ? " checked" : "")
                .append("> Notes</label>")
                .append("<p class=\"hint\">What is left out never travels to the standby; a change reaches it at its")
                .append(" next sync.</p><button type=\"submit\">Save what the standby keeps</button></form></section>");
        return h.toString();
    }
}
