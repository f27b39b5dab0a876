package app.innkeep.cloud.session;

import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;

/**
 * Who is signed in to the cloud's pages, as the user's row says now: the caller the services take, the name to show,
 * and the session's CSRF token that every form of the page must carry.
 */
public record SignedIn(String username, String displayName, StaffRole role, String propertyCode, String csrfToken) {

    public Caller caller() {
        return new Caller(username, role, propertyCode);
    }

    public boolean is(StaffRole r) {
        return role == r;
    }

    /** What the page layout shows of the signed-in user: the name and a logout button carrying the token. */
    public CloudPage.Visitor visitor() {
        return new CloudPage.Visitor(displayName + " (" + username + ")", csrfToken);
    }

    /** The hidden field every form carries. */
    public String csrfField() {
        return CloudPage.csrfField(csrfToken);
    }
}
