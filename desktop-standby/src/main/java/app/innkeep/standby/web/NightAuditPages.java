package app.innkeep.standby.web;

import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.ClosingDay;
import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.outage.OutageJournal;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Set;

/**
 * The night audit on the standby: the day to close with the RENT each in-house guest gets, the arrivals and departures
 * left, the close button; after closing, the summary and the new day's downtime pack. Night auditors and admins only.
 */
@Controller("/night-audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.AUDITOR)
public class NightAuditPages {

    /** The fields of the close form; anything else sent with it is refused. */
    private static final Set<String> FIELDS = Set.of("csrfToken", "entryId", "businessDate");

    private final ClosingDay closingDay;
    private final FrontDesk desk;
    private final Pages pages;
    private final FormSubmission forms;

    public NightAuditPages(ClosingDay closingDay, FrontDesk desk, Pages pages, FormSubmission forms) {
        this.closingDay = closingDay;
        this.desk = desk;
        this.pages = pages;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(Authentication user, @Nullable @QueryValue String done) {
        return pages.ok("night-audit", model(user, done));
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(Authentication user, @Body Map<String, String> form) {
        return forms.run(user, form, "night-audit-close", () -> model(user, null), "night-audit", u -> {
            form.keySet().stream()
                    .filter(f -> !FIELDS.contains(f))
                    .sorted()
                    .findFirst()
                    .ifPresent(f -> {
                        throw new Invalid(f, f + " is not a field of the night audit; nothing was closed");
                    });
            closingDay.close(u, form.get("entryId"), FormSubmission.date(form, "businessDate"));
            return "/night-audit?done=" + form.get("entryId");
        });
    }

    private Map<String, Object> model(Authentication user, String done) {
        Map<String, Object> model = pages.model(user, "night-audit");
        model.put("night", closingDay.preview().orElse(null));
        var entry = desk.journalEntry(done).orElse(null);
        model.put("done", entry);
        model.put(
                "closed",
                entry != null && DayClosed.ACTION.equals(entry.action()) ? OutageJournal.change(entry) : null);
        return model;
    }
}
