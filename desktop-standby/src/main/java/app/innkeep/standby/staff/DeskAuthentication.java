package app.innkeep.standby.staff;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Who is calling: a staff member's session cookie (the browser), or the operator token (the CLI on this PC, as an
 * {@code Authorization: Bearer} header). Micronaut's security rules then check the role each route needs.
 */
@Singleton
public class DeskAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    public static final String COOKIE = "INNKEEP_SESSION";
    public static final String CSRF_ATTRIBUTE = "csrf";
    public static final String NAME_ATTRIBUTE = "name";
    public static final String OPERATOR = "operator";

    private final StaffLogin login;
    private final OperatorToken operatorToken;

    public DeskAuthentication(StaffLogin login, OperatorToken operatorToken) {
        this.login = login;
        this.operatorToken = operatorToken;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            return operatorToken.matches(header.substring(7))
                    ? Publishers.just(Authentication.build(
                            OPERATOR,
                            List.of(StaffRole.ADMINISTRATOR, StaffRole.AUDITOR, StaffRole.DESK),
                            Map.of(NAME_ATTRIBUTE, "Operator (CLI)")))
                    : Publishers.empty();
        }
        return request.getCookies()
                .findCookie(COOKIE)
                .flatMap(cookie -> login.session(cookie.getValue()))
                .<Publisher<Authentication>>map(user -> Publishers.just(Authentication.build(
                        user.username(),
                        roles(user.role()),
                        Map.of(NAME_ATTRIBUTE, user.displayName(), CSRF_ATTRIBUTE, user.csrfToken()))))
                .orElseGet(Publishers::empty);
    }

    /** An admin may do what a night auditor may, who may do what the front desk may. */
    static List<String> roles(StaffRole role) {
        return switch (role) {
            case FRONT_DESK -> List.of(StaffRole.DESK);
            case NIGHT_AUDITOR -> List.of(StaffRole.DESK, StaffRole.AUDITOR);
            case ADMIN -> List.of(StaffRole.DESK, StaffRole.AUDITOR, StaffRole.ADMINISTRATOR);
        };
    }
}
