package app.innkeep.standby.web;

import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.staff.Csrf;
import app.innkeep.standby.staff.DeskAuthentication;
import app.innkeep.standby.staff.StaffLogin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Logging in and out of the standby's front desk. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginPage {

    private final StaffLogin login;
    private final FrontDesk desk;
    private final Pages pages;

    public LoginPage(StaffLogin login, FrontDesk desk, Pages pages) {
        this.login = login;
        this.desk = desk;
        this.pages = pages;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> page(@Nullable @QueryValue String next) {
        return view(HttpStatus.OK, null, null, next);
    }

    @Post(value = "/login", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> signIn(@Body Map<String, String> form) {
        String next = safeNext(form.get("next"));
        return switch (login.login(form.get("username"), form.get("password"))) {
            case StaffLogin.Result.LoggedIn in ->
                HttpResponse.seeOther(URI.create(next))
                        .cookie(Cookie.of(DeskAuthentication.COOKIE, in.sessionToken())
                                .httpOnly(true)
                                .sameSite(SameSite.Strict)
                                .path("/"));
            case StaffLogin.Result.Refused refused ->
                view(HttpStatus.UNAUTHORIZED, refused.message(), form.get("username"), next);
        };
    }

    @Post(value = "/logout", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> signOut(HttpRequest<?> request, Authentication user, @Body Map<String, String> form) {
        Csrf.check(user, form.get(Csrf.FIELD));
        request.getCookies().findCookie(DeskAuthentication.COOKIE).ifPresent(c -> login.logout(c.getValue()));
        return HttpResponse.seeOther(URI.create("/login?loggedOut=true"))
                .cookie(Cookie.of(DeskAuthentication.COOKIE, "").maxAge(0).path("/"));
    }

    private HttpResponse<?> view(HttpStatus status, String error, String username, String next) {
        var situation = desk.situation();
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("username", username == null ? "" : username);
        model.put("next", safeNext(next));
        model.put("s", situation);
        model.put("drill", pages.drill());
        model.put("firstLogin", app.innkeep.standby.cli.SuggestedCommand.STAFF_ADD.text());
        model.put("fmt", new DeskFormat(situation.timeZone()));
        return pages.html(status, "login", model);
    }

    /** Only a path of this standby, never another site. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
