package app.innkeep.standby.status;

import app.innkeep.standby.status.StandbyStatus.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The status page, server-rendered without scripts: data as of, sync position, held events, mismatches, history. */
final class StatusPage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private StatusPage() {}

    static String render(Status s, String csrf) {
        String token = "<input type=\"hidden\" name=\"csrfToken\" value=\"" + esc(csrf) + "\">";
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Innkeep standby</title><style>")
                .append(
                        "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}")
                .append(
                        "td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}.diff{color:#b00020;font-weight:600}")
                .append(
                        ".banner{padding:.6rem 1rem;margin:.5rem 0;border-radius:4px}.warn{background:#fff3cd}.stop{background:#f8d7da}")
                .append(
                        ".asof{font-size:1.2rem;font-weight:600}form{display:inline;margin-right:.5rem}</style></head><body>");
        h.append("<h1>Innkeep standby")
                .append(s.paired() ? " &mdash; " + esc(s.property()) + " " + esc(s.propertyName()) : "")
                .append("</h1><p><a href=\"/\">Back to the front desk</a></p>");
        if (s.disk() != null) {
            h.append("<p class=\"banner stop\">Sync cannot write: ")
                    .append(esc(s.disk()))
                    .append(".</p>");
        }
        if (s.progress() != null) {
            h.append("<p class=\"banner warn\">").append(esc(s.progress())).append("</p>");
        }
        if (s.paired() && s.property() == null) {
            // The replica could not be read (see the disk banner): nothing more is known now.
            return h.append("</body></html>").toString();
        }
        if (!s.paired()) {
            h.append(
                    "<p class=\"banner warn\">This standby is not paired yet. Set backup: make a pairing code in the cloud"
                            + " (Standby, New pairing code), then enter it here.</p>");
            h.append(
                    "<form method=\"post\" action=\"/ops/pair\">" + token
                            + "<label>Cloud address <input name=\"cloudUrl\" size=\"40\""
                            + " placeholder=\"https://cloud.example\"></label> <label>Pairing code <input name=\"code\" size=\"10\"></label>"
                            + " <label>This PC <input name=\"deviceName\" value=\"Front desk PC\"></label> <button>Set backup</button></form>");
            return h.append("</body></html>").toString();
        }
        h.append("<p class=\"asof\">Data as of ")
                .append(asOf(s.dataAsOf(), s.now()))
                .append("</p>");
        if (s.dataAsOf() != null
                && Duration.between(s.dataAsOf(), s.now()).toMinutes() > 75
                && s.lastPullAt() != null
                && Duration.between(s.lastPullAt(), s.now()).toMinutes() > 75) {
            h.append(
                            "<p class=\"banner warn\">The copy is more than 75 minutes old: the cloud has not been reached since ")
                    .append(time(s.lastPullAt()))
                    .append(".</p>");
        }
        if (s.stopReason() != null) {
            h.append("<p class=\"banner stop\">Sync is stopped: ")
                    .append(esc(s.stopReason()))
                    .append("</p>");
        }
        if (s.cloudSilence() != null) {
            h.append("<p class=\"banner stop\">")
                    .append(esc(capitalised(s.cloudSilence())))
                    .append(
                            s.lastRun() == null
                                    ? ""
                                    : ". The last run said: " + esc(s.lastRun().message()))
                    .append("</p>");
        }
        if (s.bootstrapPending()) {
            h.append(
                    "<p class=\"banner warn\">The bootstrap from the cloud has not completed yet: the standby starts it"
                            + " again by itself (at start and at every run) until it does.</p>");
        }
        h.append("<table><tr><th>Cloud</th><td>")
                .append(esc(s.cloudUrl()))
                .append(" (device ")
                .append(s.deviceId())
                .append(")</td></tr>")
                .append("<tr><th>Last successful pull</th><td>")
                .append(time(s.lastPullAt()))
                .append("</td></tr>")
                .append("<tr><th>Feed position</th><td>")
                .append(s.cursor())
                .append(" of ")
                .append(s.cloudHead())
                .append(s.cloudHead() > s.cursor() ? " (" + (s.cloudHead() - s.cursor()) + " behind)" : " (up to date)")
                .append("</td></tr>")
                .append("<tr><th>Next scheduled sync</th><td>")
                .append(s.nextRun() == null ? "not scheduled (sync now only)" : time(s.nextRun()))
                .append("</td></tr>")
                .append("<tr><th>Events applied</th><td>")
                .append(s.eventsApplied())
                .append("</td></tr>")
                .append("<tr><th>Last run</th><td>")
                .append(
                        s.lastRun() == null
                                ? "none yet"
                                : esc(s.lastRun().result() + " at "
                                        + time(s.lastRun().startedAt()) + ": "
                                        + s.lastRun().message()))
                .append("</td></tr>")
                .append("</table>");
        h.append("<form method=\"post\" action=\"/ops/sync-now\">" + token + "<button>Sync now</button></form>")
                .append("<form method=\"post\" action=\"/ops/resync\">" + token + "<button>Full resync</button></form>")
                .append("<form method=\"post\" action=\"/ops/restart-sync\">" + token
                        + "<button>Restart sync service</button></form>");

        h.append("<h2>Held events (").append(s.held().size()).append(")</h2>");
        if (s.held().isEmpty()) {
            h.append("<p>None: every change from the cloud has been applied.</p>");
        } else {
            h.append("<table><tr><th>Sequence</th><th>Type</th><th>Booking</th><th>Reason</th></tr>");
            for (var e : s.held()) {
                h.append("<tr><td>")
                        .append(e.sequence())
                        .append("</td><td>")
                        .append(esc(e.type()))
                        .append("</td><td>")
                        .append(esc(e.subject()))
                        .append("</td><td>")
                        .append(esc(e.reason()))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>Master data mismatches (").append(s.mismatches().size()).append(")</h2>");
        if (s.mismatches().isEmpty()) {
            h.append("<p>Inventory items, receipt types, sources and room types match the cloud.</p>");
        } else {
            h.append("<form method=\"post\" action=\"/ops/adopt\">" + token
                    + "<input type=\"hidden\" name=\"all\" value=\"true\">"
                    + "<button>Adopt all of the cloud's values</button></form>");
            h.append(
                    "<table><tr><th>Kind</th><th>Code</th><th>Problem</th><th>Field</th><th>Cloud</th><th>Standby</th><th></th></tr>");
            for (var m : s.mismatches()) {
                for (var f : m.fields()) {
                    h.append("<tr><td>")
                            .append(esc(m.kind()))
                            .append("</td><td>")
                            .append(esc(m.code()))
                            .append("</td><td>")
                            .append(esc(m.problem()))
                            .append("</td><td>")
                            .append(esc(f.field()))
                            .append("</td><td class=\"diff\">")
                            .append(esc(String.valueOf(f.cloud())))
                            .append("</td><td class=\"diff\">")
                            .append(esc(String.valueOf(f.standby())))
                            .append("</td><td>");
                    if (!m.problem().equals("missing in the cloud")) {
                        h.append("<form method=\"post\" action=\"/ops/adopt\">" + token
                                        + "<input type=\"hidden\" name=\"kind\" value=\"")
                                .append(esc(m.kind()))
                                .append("\"><input type=\"hidden\" name=\"code\" value=\"")
                                .append(esc(m.code()))
                                .append("\"><input type=\"hidden\" name=\"field\" value=\"")
                                .append(esc(f.field()))
                                .append("\"><button>Take the cloud's</button></form>");
                    }
                    h.append("</td></tr>");
                }
            }
            h.append("</table>");
        }

        h.append(
                "<h2>Last runs</h2><table><tr><th>Started</th><th>Trigger</th><th>Result</th><th>Applied</th><th>Held</th><th>Message</th></tr>");
        for (var r : s.history()) {
            h.append("<tr><td>")
                    .append(time(r.startedAt()))
                    .append("</td><td>")
                    .append(esc(r.trigger()))
                    .append("</td><td>")
                    .append(esc(r.result()))
                    .append("</td><td>")
                    .append(r.applied())
                    .append("</td><td>")
                    .append(r.held())
                    .append("</td><td>")
                    .append(esc(r.message()))
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String asOf(Instant dataAsOf, Instant now) {
        if (dataAsOf == null) {
            return "unknown (no data yet)";
        }
        long minutes = Math.max(0, Duration.between(dataAsOf, now).toMinutes());
        return TIME.format(dataAsOf) + " (" + minutes + " min ago)";
    }

    private static String time(Instant t) {
        return t == null ? "never" : TIME.format(t);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
