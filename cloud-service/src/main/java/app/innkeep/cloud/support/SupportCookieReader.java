package app.innkeep.cloud.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the pages' login cookie, and only on the support and group pages: the API takes bearer tokens alone (Micronaut's
 * own cookie reader exists only in cookie authentication mode, which would change the API's login).
 */
@Singleton
public class SupportCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.startsWith("/support/") && !path.equals("/groups") && !path.startsWith("/groups/")) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(SupportPages.COOKIE).map(c -> c.getValue());
    }
}
