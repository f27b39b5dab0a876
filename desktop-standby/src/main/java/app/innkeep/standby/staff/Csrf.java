package app.innkeep.standby.staff;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every form a browser posts carries its session's CSRF token; a page of another site cannot know it. (The session
 * cookie is also SameSite=Strict.) The CLI authenticates with a header no other site can send, so it needs none.
 */
public final class Csrf {

    public static final String FIELD = "csrfToken";

    private Csrf() {}

    /** Refuses (403) a form whose token is missing or not this session's. */
    public static void check(Authentication user, String presented) {
        Object expected = user.getAttributes().get(DeskAuthentication.CSRF_ATTRIBUTE);
        if (expected == null && DeskAuthentication.OPERATOR.equals(user.getName())) {
            return;
        }
        if (expected == null
                || presented == null
                || !MessageDigest.isEqual(
                        expected.toString().getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII))) {
            throw new AuthorizationException(user);
        }
    }
}
