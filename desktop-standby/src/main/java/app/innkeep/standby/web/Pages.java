package app.innkeep.standby.web;

import app.innkeep.standby.desk.FrontDesk;
import app.innkeep.standby.staff.DeskAuthentication;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the model every page shares: who is logged in, the CSRF token, data as of, outage mode, the property's
 * formats, and a fresh one-time ID for each form on the page.
 */
@Singleton
public class Pages {

    private final FrontDesk desk;

    public Pages(FrontDesk desk) {
        this.desk = desk;
    }

    public Map<String, Object> model(Authentication user, String active) {
        FrontDesk.Situation situation = desk.situation();
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
        return model;
    }

    public HttpResponse<ModelAndView<Map<String, Object>>> ok(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    /** The same page again with the form's values and the message next to its field; nothing was written. */
    public HttpResponse<ModelAndView<Map<String, Object>>> refused(
            String view, Map<String, Object> model, String form, Invalid invalid, Map<String, String> values) {
        model.put("errors", Map.of(invalid.field() == null ? "form" : invalid.field(), invalid.getMessage()));
        model.put("values", values);
        model.put("failedForm", form);
        model.put("refusal", invalid.getMessage());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(view, model));
    }

    public io.micronaut.http.MutableHttpResponse<ModelAndView<Map<String, Object>>> notFound(
            Authentication user, String what) {
        Map<String, Object> model = model(user, "");
        model.put("what", what);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.NOT_FOUND)
                .body(new ModelAndView<>("not-found", model));
    }
}
