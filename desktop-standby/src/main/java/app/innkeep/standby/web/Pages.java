package app.innkeep.standby.web;

import app.innkeep.standby.drill.Drills;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.input.Unconfirmed;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.staff.DeskAuthentication;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the model every page shares: who is logged in, the CSRF token, data as of, outage mode, the property's
 * formats, and a fresh one-time ID for each form on the page.
 */
@Singleton
public class Pages {

    private final FrontDesk desk;
    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final Drills drills;

    public Pages(FrontDesk desk, ThymeleafViewsRenderer<Map<String, Object>> renderer, Drills drills) {
        this.desk = desk;
        this.renderer = renderer;
        this.drills = drills;
    }

    public Map<String, Object> model(Authentication user, String active) {
        return model(user, active, desk.situation());
    }

    /** The shared model around a situation the caller already has (or made up, when the replica cannot be read). */
    public Map<String, Object> model(Authentication user, String active, FrontDesk.Situation situation) {
        Map<String, Object> model = new HashMap<>();
        model.put("s", situation);
        model.put("fmt", new DeskFormat(situation.timeZone()));
        model.put("userName", user.getAttributes().getOrDefault(DeskAuthentication.NAME_ATTRIBUTE, user.getName()));
        model.put("csrf", user.getAttributes().getOrDefault(DeskAuthentication.CSRF_ATTRIBUTE, ""));
        model.put("auditor", user.getRoles().contains(StaffRole.AUDITOR));
        model.put("admin", user.getRoles().contains(StaffRole.ADMINISTRATOR));
        model.put("active", active);
        model.put("ids", new FormIds());
        model.put("errors", Map.of());
        model.put("values", Map.of());
        model.put("failedForm", "");
        model.put("refusal", null);
        model.put("question", null);
        model.put("username", user.getName());
        model.put("drill", drills.current().orElse(null));
        return model;
    }

    /** The fire drill running now, or null: the login page says so too. */
    public app.innkeep.standby.drill.Drill drill() {
        return drills.current().orElse(null);
    }

    public MutableHttpResponse<String> ok(String view, Map<String, Object> model) {
        return html(HttpStatus.OK, view, model);
    }

    /**
     * Renders the page here, before the response goes out: a template that fails then fails this request with a 500
     * (Micronaut's views filter would leave the browser waiting, micronaut-views issue 832).
     */
    public MutableHttpResponse<String> html(HttpStatus status, String view, Map<String, Object> model) {
        StringWriter page = new StringWriter();
        try {
            renderer.render(view, model, ServerRequestContext.currentRequest().orElse(null))
                    .writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).body(page.toString()).contentType(MediaType.TEXT_HTML_TYPE);
    }

    /**
     * The same page again with the form's values and each message next to its field; the banner names every field at
     * fault, so the clerk mends them all in one go. Nothing was written.
     */
    public MutableHttpResponse<String> refused(
            String view, Map<String, Object> model, String form, Invalid invalid, Map<String, String> values) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        invalid.violations().forEach(v -> errors.putIfAbsent(v.field() == null ? "form" : v.field(), v.message()));
        model.put("errors", errors);
        model.put("values", values);
        model.put("failedForm", form);
        model.put("refusal", banner(invalid));
        // During a fire drill every refusal goes into the drill's report (ADR 0019); outside one this does nothing.
        drills.refused(
                String.valueOf(model.get("username")),
                form,
                String.join(
                        "; ",
                        invalid.violations().stream()
                                .map(app.innkeep.model.Violation::toString)
                                .toList()));
        return html(HttpStatus.BAD_REQUEST, view, model);
    }

    /**
     * A question the desk asks before an action ({@code question.html}): its words, where the yes is sent, the button's
     * label and every value of the form as it was sent (the one-time ID among them).
     */
    public record Question(
            String text, String action, String confirmField, String confirmLabel, Map<String, String> values) {}

    /**
     * The same page with the question above its forms (status 409: nothing done yet) and the form's values as sent;
     * nothing was written.
     */
    public MutableHttpResponse<String> asking(
            String view,
            Map<String, Object> model,
            String form,
            Unconfirmed question,
            String action,
            Map<String, String> values) {
        model.put(
                "question",
                new Question(question.getMessage(), action, question.confirmField(), question.confirmLabel(), values));
        model.put("values", values);
        model.put("failedForm", form);
        return html(HttpStatus.CONFLICT, view, model);
    }

    /** "First name: is required" for one fault; "3 fields need correcting — First name: …; Departure: …" for more. */
    static String banner(Invalid invalid) {
        var all = invalid.violations();
        String each = String.join(
                "; ",
                all.stream()
                        .map(v -> v.field() == null ? v.message() : FieldNames.label(v.field()) + ": " + v.message())
                        .toList());
        return all.size() == 1 ? each : all.size() + " fields need correcting — " + each;
    }

    public MutableHttpResponse<String> notFound(Authentication user, String what) {
        Map<String, Object> model = model(user, "");
        model.put("what", what);
        return html(HttpStatus.NOT_FOUND, "not-found", model);
    }
}
