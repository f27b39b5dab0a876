package app.innkeep.standby.web;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.reentry.ClosingCheck;
import app.innkeep.standby.reentry.ReentryAssistant;
import app.innkeep.standby.reentry.ReentryOverview;
import app.innkeep.standby.reentry.ReentryState;
import app.innkeep.standby.reentry.ReentryWorklist;
import app.innkeep.standby.reentry.ResolvingCollision;
import app.innkeep.standby.reentry.SettlingByHand;
import app.innkeep.standby.reentry.SigningOff;
import app.innkeep.standby.reentry.Winner;
import app.innkeep.standby.reentry.WorkStatus;
import app.innkeep.standby.staff.Csrf;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The night auditor's re-entry: the worklist, the assistant, collisions, the closing check and sign-off. */
@Controller("/reentry")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.AUDITOR)
public class ReentryPages {

    private final ReentryWorklist worklist;
    private final SettlingByHand byHand;
    private final ReentryAssistant assistant;
    private final ResolvingCollision collisions;
    private final ClosingCheck closingCheck;
    private final SigningOff signingOff;
    private final Pages pages;

    public ReentryPages(
            ReentryWorklist worklist,
            SettlingByHand byHand,
            ReentryAssistant assistant,
            ResolvingCollision collisions,
            ClosingCheck closingCheck,
            SigningOff signingOff,
            Pages pages) {
        this.worklist = worklist;
        this.byHand = byHand;
        this.assistant = assistant;
        this.collisions = collisions;
        this.closingCheck = closingCheck;
        this.signingOff = signingOff;
        this.pages = pages;
    }

    /** The worklist; {@code done} (with {@code entry} or {@code booking}) names the action just taken, to confirm it. */
    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> worklist(
            Authentication user,
            @Nullable @QueryValue String done,
            @Nullable @QueryValue String entry,
            @Nullable @QueryValue String booking) {
        Map<String, Object> model = model(user);
        model.put(
                "reentryDone",
                doneLine((ReentryOverview) model.get("o"), (DeskFormat) model.get("fmt"), done, entry, booking));
        return pages.ok("reentry", model);
    }

    @Get(value = "/conflicts/{bookingRef}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> conflict(Authentication user, String bookingRef) {
        var conflict = collisions.conflict(bookingRef);
        if (conflict.isEmpty()) {
            return pages.notFound(user, "open collision for booking " + bookingRef);
        }
        Map<String, Object> model = pages.model(user, "reentry");
        model.put("c", conflict.get());
        model.put("outage", worklist.overview(null).map(o -> o.outage().id()).orElse(0L));
        return pages.ok("conflict", model);
    }

    @Post(value = "/{outageId}/assisted", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assisted(Authentication user, long outageId, @Body Map<String, String> form) {
        return act(user, form, "assisted", () -> {
            assistant.setAssisted(outageId, "true".equals(form.get("assisted")));
            return "done=assisted";
        });
    }

    @Post(value = "/{outageId}/run", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> run(Authentication user, long outageId, @Body Map<String, String> form) {
        return act(user, form, "run", () -> {
            assistant.run(user.getName(), outageId);
            return "done=run";
        });
    }

    @Post(value = "/{outageId}/entries/{entryId}/manual", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> manual(Authentication user, long outageId, String entryId, @Body Map<String, String> form) {
        return act(user, form, "entry-" + entryId, () -> {
            byHand.reentered(user.getName(), outageId, entryId, form.get("cloudConfirmation"), form.get("cloudLineId"));
            return "done=manual&entry=" + query(entryId);
        });
    }

    @Post(value = "/{outageId}/entries/{entryId}/skip", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> skip(Authentication user, long outageId, String entryId, @Body Map<String, String> form) {
        return act(user, form, "entry-" + entryId, () -> {
            byHand.skip(user.getName(), outageId, entryId, form.get("reason"));
            return "done=skip&entry=" + query(entryId);
        });
    }

    @Post(value = "/{outageId}/conflicts/{bookingRef}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resolve(
            Authentication user, long outageId, String bookingRef, @Body Map<String, String> form) {
        Csrf.check(user, form.get(Csrf.FIELD));
        Map<String, Winner> winners = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("win-")) {
                Winner.chosen(v).ifPresent(w -> winners.put(k.substring(4), w));
            }
        });
        try {
            refuseDuringDrill();
            collisions.resolve(user.getName(), outageId, bookingRef, winners, form.get("newRoom"));
            return back("done=resolved&booking=" + query(bookingRef));
        } catch (Invalid invalid) {
            Map<String, Object> model = pages.model(user, "reentry");
            var conflict = collisions.conflict(bookingRef);
            if (conflict.isEmpty()) {
                return pages.notFound(user, "open collision for booking " + bookingRef);
            }
            model.put("c", conflict.get());
            model.put("outage", outageId);
            return pages.refused("conflict", model, "resolve", invalid, form);
        }
    }

    @Post(value = "/{outageId}/verify", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> verify(Authentication user, long outageId, @Body Map<String, String> form) {
        return act(user, form, "verify", () -> {
            closingCheck.verify(user.getName(), outageId);
            return "done=verify";
        });
    }

    @Post(value = "/{outageId}/sign-off", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOff(Authentication user, long outageId, @Body Map<String, String> form) {
        return act(user, form, "sign-off", () -> {
            signingOff.signOff(user.getName(), outageId);
            return "done=sign-off";
        });
    }

    private HttpResponse<?> act(
            Authentication user, Map<String, String> form, String formName, Supplier<String> action) {
        Csrf.check(user, form.get(Csrf.FIELD));
        try {
            refuseDuringDrill();
            return back(action.get());
        } catch (Invalid invalid) {
            Map<String, String> values = new HashMap<>(form);
            values.remove(Csrf.FIELD);
            return pages.refused("reentry", model(user), formName, invalid, values);
        }
    }

    /** The drill's copy holds the real outages' worklists too; nothing done to them there would last (ADR 0019). */
    private void refuseDuringDrill() {
        if (pages.drill() != null) {
            throw new Invalid(null, "a fire drill is running: re-entry waits until the drill has ended");
        }
    }

    /**
     * Back to the worklist (POST, redirect, GET: a reload does not resend), naming the action so the page confirms it
     * with a "Done" line read back from what was stored.
     */
    private static HttpResponse<?> back(String done) {
        return HttpResponse.seeOther(URI.create("/reentry?" + done));
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The "Done" line of the action just taken, from the worklist as stored; null when there is none to confirm. */
    private static String doneLine(ReentryOverview o, DeskFormat fmt, String done, String entry, String booking) {
        if (o == null || done == null) {
            return null;
        }
        ReentryState st = o.state();
        return switch (done) {
            case "assisted" -> "the assistant is " + (st.assisted() ? "on" : "off") + " for this outage.";
            case "run" ->
                st.lastRunAt() == null
                        ? null
                        : "the assistant ran at " + fmt.time(st.lastRunAt()) + ": " + st.lastRunMessage();
            case "manual", "skip" ->
                o.items().stream()
                        .filter(i -> i.entry().entryId().equals(entry) && i.settled())
                        .findFirst()
                        .map(i -> "entry " + i.entry().position() + " ("
                                + fmt.label(i.entry().action())
                                + (i.entry().bookingRef() == null
                                        ? ""
                                        : " · " + i.entry().bookingRef()) + ") "
                                + (i.status() == WorkStatus.MANUAL
                                        ? "re-entered by hand as cloud booking " + i.cloudConfirmation()
                                        : i.note())
                                + " — by " + i.settledBy() + " at " + fmt.time(i.settledAt()) + ".")
                        .orElse(null);
            case "resolved" ->
                booking == null
                        ? null
                        : "the collision of " + booking + " is resolved; its entries wait for the assistant again.";
            case "verify" ->
                st.verifiedAt() == null
                        ? null
                        : "closing check at " + fmt.time(st.verifiedAt())
                                + (st.verified() ? ": green." : ": it found differences (see below).");
            case "sign-off" ->
                st.signedOff() ? "signed off by " + st.signedOffBy() + " at " + fmt.time(st.signedOffAt()) + "." : null;
            default -> null;
        };
    }

    private Map<String, Object> model(Authentication user) {
        Map<String, Object> model = pages.model(user, "reentry");
        ReentryOverview o = worklist.overview(null).orElse(null);
        model.put("o", o);
        model.put("done", null);
        Map<String, String> lines = new HashMap<>();
        if (o != null) {
            o.items().forEach(i -> lines.put(i.entry().entryId(), WorklistLine.of(i.entry())));
        }
        model.put("lines", lines);
        return model;
    }
}
