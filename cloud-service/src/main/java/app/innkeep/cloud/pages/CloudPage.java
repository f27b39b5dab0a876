package app.innkeep.cloud.pages;

import app.innkeep.model.PropertyTime;
import java.time.Instant;
import java.util.List;

/**
 * The cloud's pages in the standby desk's look: its stylesheet ({@code /assets/cloud.css}, served by the cloud), a top
 * bar with the section's navigation, a banner line, and the page's content. Support's sync health uses it, and so can
 * every later cloud page (the admin area): each passes its title, its section's links and its body. No inline
 * scripts or styles: the Content-Security-Policy allows neither (a page may load a script of the cloud's own).
 */
public final class CloudPage {

    /** One link of the top bar. */
    public record Link(String href, String label) {}

    /** A section of the cloud (support, admin...): its name in the top bar and its links. */
    public record Section(String name, List<Link> links) {}

    /**
     * Who is signed in, as the top bar shows it: the name, and the session's CSRF token for the logout button (a
     * logout is a POST like every other change, so another site cannot sign anyone out).
     */
    public record Visitor(String name, String csrfToken) {}

    /** The name of the hidden form field that carries the session's CSRF token. */
    public static final String CSRF_FIELD = "csrfToken";

    private CloudPage() {}

    /**
     * A whole page: {@code active} is the href of the link to mark, {@code signedIn} who is signed in (null on a
     * sign-in page), {@code banner} a line under the top bar (null for none), {@code body} the escaped content.
     */
    public static String render(
            String title, Section section, String active, String signedIn, String banner, String body) {
        return page(title, section, active, signedIn == null ? null : new Visitor(signedIn, null), banner, body);
    }

    /**
     * A whole page for a signed-in visitor (null on the login page): their name and a logout button in the top bar.
     */
    public static String page(
            String title, Section section, String active, Visitor signedIn, String banner, String body) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title))
                .append(" - Innkeep</title><link rel=\"stylesheet\" href=\"/assets/cloud.css\"></head><body>")
                .append("<header class=\"top\"><span class=\"brand\">Innkeep cloud · ")
                .append(esc(section.name()))
                .append("</span>");
        if (signedIn != null) {
            h.append("<nav aria-label=\"").append(esc(section.name())).append("\">");
            for (Link link : section.links()) {
                h.append("<a href=\"")
                        .append(esc(link.href()))
                        .append('"')
                        .append(link.href().equals(active) ? " class=\"active\" aria-current=\"page\"" : "")
                        .append('>')
                        .append(esc(link.label()))
                        .append("</a>");
            }
            h.append("</nav><span class=\"who\">").append(esc(signedIn.name())).append("</span>");
            if (signedIn.csrfToken() != null) {
                h.append("<form class=\"logout\" method=\"post\" action=\"/logout\">")
                        .append(csrfField(signedIn.csrfToken()))
                        .append("<button type=\"submit\">Log out</button></form>");
            }
        }
        h.append("</header>");
        if (banner != null) {
            h.append("<div class=\"banner stale\" role=\"status\">")
                    .append(esc(banner))
                    .append("</div>");
        }
        return h.append("<main><h1>")
                .append(esc(title))
                .append("</h1>")
                .append(body)
                .append("</main></body></html>")
                .toString();
    }

    /**
     * A time for readers in two zones: the property's local time with its zone, and UTC beside it, such as {@code
     * 2026-11-30 04:04 Europe/Berlin (2026-11-30 03:04 UTC)}.
     */
    public static String when(PropertyTime property, Instant instant) {
        if (instant == null) {
            return "never";
        }
        return "<span class=\"when\">" + esc(property.format(instant)) + "</span> <span class=\"utc\">("
                + esc(new PropertyTime(PropertyTime.UTC).local(instant)) + " UTC)</span>";
    }

    /** The hidden field that carries the session's CSRF token in a form. */
    public static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + esc(token) + "\">";
    }

    public static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
