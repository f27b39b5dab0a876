package app.innkeep.standby.web;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.input.Unconfirmed;
import app.innkeep.standby.staff.Csrf;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every desk form is sent: the CSRF token checked, the use case run for the user at the desk, then the page that
 * shows the result (POST, redirect, GET: a reload does not resend) — or, when refused, the same page again with the
 * message next to its field and the values as typed; nothing was written. An action that asks first ("take it
 * again?") shows the page with the question and a yes button that sends the same form, one-time ID and all, again.
 */
@Singleton
public class FormSubmission {

    private static final Logger LOG = LoggerFactory.getLogger(FormSubmission.class);

    private final Pages pages;

    public FormSubmission(Pages pages) {
        this.pages = pages;
    }

    /**
     * CSRF first; then the action, which answers the path to go to. A refusal shows the page again (status 400) with
     * the message next to the field and the values as typed; nothing was written.
     */
    public HttpResponse<?> run(
            Authentication user,
            Map<String, String> form,
            String formName,
            Supplier<Map<String, Object>> page,
            String view,
            Function<DeskUser, String> action) {
        Csrf.check(user, form.get(Csrf.FIELD));
        DeskUser desk = new DeskUser(
                user.getName(),
                String.valueOf(user.getAttributes().getOrDefault("name", user.getName())),
                user.getRoles().contains(StaffRole.ADMINISTRATOR)
                        ? StaffRole.ADMIN
                        : user.getRoles().contains(StaffRole.AUDITOR) ? StaffRole.NIGHT_AUDITOR : StaffRole.FRONT_DESK,
                null);
        try {
            return HttpResponse.seeOther(URI.create(action.apply(desk)));
        } catch (Invalid invalid) {
            Map<String, Object> model = page.get();
            if (model == null) {
                return pages.notFound(user, "this booking");
            }
            Map<String, String> values = new HashMap<>(form);
            values.remove(Csrf.FIELD);
            return pages.refused(view, model, formName, invalid, values);
        } catch (Unconfirmed question) {
            LOG.info("Asked {} before {} (nothing done yet): {}", desk.username(), formName, question.getMessage());
            Map<String, Object> model = page.get();
            if (model == null) {
                return pages.notFound(user, "this booking");
            }
            Map<String, String> values = new LinkedHashMap<>(form);
            values.remove(Csrf.FIELD);
            values.remove(question.confirmField());
            String path =
                    ServerRequestContext.currentRequest().map(r -> r.getPath()).orElseThrow();
            return pages.asking(view, model, formName, question, path, values);
        }
    }

    /** A date typed in a form, or null when left empty; anything else is refused naming the field. */
    public static LocalDate date(Map<String, String> form, String field) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "is not a date: type it as YYYY-MM-DD, such as 2026-11-24");
        }
    }
}
