package app.innkeep.ops.demo;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long outage of the product brief (story 10), narrated: the line stays down for several days; each night the night
 * auditor closes the day on the standby, a phone reservation for a later day is taken, channel bookings keep arriving
 * in the cloud and its own night audit leaves the days to the standby; when the line returns the re-entry brings the
 * cloud through the same nights in order and each night's RENT agrees.
 */
final class LongOutageDemo {

    private static final Pattern VERIFY = Pattern.compile("id=\"verify-report\">([^<]*)<");

    private final DemoStage stage;
    private final int days;

    LongOutageDemo(DemoStage stage, int days) {
        this.stage = stage;
        this.days = days;
    }

    /** The {@code --days N} option: 1 (the afternoon story) when absent; 2 to 7 otherwise. */
    static int days(List<String> options) {
        int at = options.indexOf("--days");
        if (at < 0) {
            return 1;
        }
        int days;
        try {
            days = Integer.parseInt(at + 1 < options.size() ? options.get(at + 1) : "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--days needs a number of days, 1 to 7");
        }
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("--days must be 1 to 7, not " + days);
        }
        return days;
    }

    void play() throws Exception {
        LocalDate first = stage.startCloud();
        String desk = stage.cloudToken("sea.frontdesk");
        String ingrid = stage.book(desk, "Ingrid", "Berg", first, days, null);
        stage.startStandby();
        LocalDate last = first.plusDays(days - 1);

        say("");
        stage.link.cut();
        say("Day 1, " + first + ", " + stage.clock() + " — a digger cuts the fibre. The line will be down for " + days
                + " days (the demo plays each day in seconds; the pages show the business date rolling).");
        DeskClient anna = stage.desk("anna");
        DeskClient nina = stage.desk("nina");
        expect(anna.form("/outage/start", Map.of("reason", "fibre cut by road works")), "start outage mode");
        say("  Anna starts outage mode on the standby.");
        String room = stage.freeRoom(ingrid, null);
        expect(anna.form("/bookings/" + ingrid + "/check-in", Map.of("room", room)), "check in");
        say("  She checks in Ingrid Berg (" + ingrid + ", " + days + " nights) to room " + room + ".");
        Map<String, String> reservation = new LinkedHashMap<>();
        reservation.put("firstName", "Paul");
        reservation.put("lastName", "Okafor");
        reservation.put("phone", "+44 20 7946 0018");
        reservation.put("arrival", last.toString());
        reservation.put("departure", last.plusDays(2).toString());
        reservation.put("roomType", "STD");
        reservation.put("adults", "1");
        reservation.put("rate", "119.00");
        reservation.put("source", "PHONE");
        reservation.put("receiptType", "VISA");
        reservation.put("deposit", "119.00");
        reservation.put("cardLast4", "5100");
        String paul = DemoStage.dNumber(expect(anna.form("/reservation", reservation), "phone reservation"));
        say("  Paul Okafor phones to book day " + days + " (" + last + "), two nights with a 119.00 deposit by VISA:"
                + " he gets " + paul + ".");
        say("  Meanwhile a channel sells a room in the cloud for tomorrow.");
        stage.book(desk, "Lena", "Fischer", first.plusDays(1), 1, null);

        String walkIn = null;
        for (int day = 1; day < days; day++) {
            LocalDate date = first.plusDays(day - 1);
            if (day == 2) {
                String walkInRoom = stage.freeRoom(ingrid, room);
                walkIn = DemoStage.dNumber(expect(
                        anna.form(
                                "/walk-in",
                                Map.of(
                                        "firstName", "Zoë",
                                        "lastName", "Ångström",
                                        "room", walkInRoom,
                                        "departure", date.plusDays(1).toString(),
                                        "rate", "120.00")),
                        "walk-in"));
                say("  Day 2: a walk-in, Zoë Ångström, gets " + walkIn + " and room " + walkInRoom + " for one night.");
            }
            if (day == 1) {
                var cloudAudit = Http.post(
                        stage.cloud.uri(),
                        "/api/v1/properties/SEA/night-audit",
                        stage.cloudToken("sea.audit"),
                        Map.of("businessDate", date.toString()));
                say("  In the cloud, the night audit for " + date + " is asked for: " + cloudAudit.status()
                        + (cloudAudit.status() == 409
                                ? ", refused: the standby has gone silent and may be closing the day itself."
                                : "."));
                stage.technical("the cloud's night audit answered: " + problemDetail(cloudAudit.body()));
            }
            var closed = expect(nina.form("/night-audit", Map.of("businessDate", date.toString())), "night audit");
            say("  Night of " + date + ": Nina closes the day on the standby: " + standbyNightAudit(nina, closed));
            stage.save(nina, "/reports/downtime-pack.pdf", "downtime-pack-" + date.plusDays(1) + ".pdf");
            say("  The business date is now " + date.plusDays(1) + "; she prints the downtime pack for it.");
        }

        say("");
        say("Day " + days + ", " + last + ": Paul (" + paul + ") arrives.");
        expect(anna.form("/bookings/" + paul + "/check-in", Map.of("room", stage.freeRoom(paul, room))), "check in");
        say("  Anna checks him in.");
        stage.link.restore();
        say("  " + stage.clock() + " — the line is back. The standby pulls what happened in the cloud meanwhile.");
        var synced = Http.post(stage.standby.uri(), "/api/sync-now", stage.operator, null)
                .json();
        long applied = synced.requiredLong("applied");
        say("  " + applied + (applied == 1 ? " change" : " changes") + " from the cloud came in.");
        stage.technical("catch-up after the outage: " + synced.requiredString("message"));
        expect(nina.form("/outage/end", Map.of("note", "line back on day " + days)), "end outage mode");
        for (String report : List.of("room-bookings", "financials", "items")) {
            stage.save(nina, "/reports/" + report + ".pdf", report + ".pdf");
        }
        say("  Nina ends outage mode and prints the re-entry reports: " + days + " days of work, RENT per night.");
        String outage = stage.openOutage();
        expect(nina.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")), "assistant on");
        expect(nina.form("/reentry/" + outage + "/run", Map.of()), "run the assistant");
        say("  The assistant re-enters the journal in order: day 1's work and its close, then day 2's, and so on.");
        expect(nina.form("/reentry/" + outage + "/verify", Map.of()), "closing check");
        Matcher verified = VERIFY.matcher(nina.get("/reentry").body());
        say("  closing check: " + (verified.find() ? verified.group(1).strip().replace("&#39;", "'") : "?"));
        var signed = nina.form("/reentry/" + outage + "/sign-off", Map.of());
        say(signed.status() == 303 ? "  She signs the re-entry off." : "  Sign-off refused: see the re-entry page.");

        String cloudDate = Http.get(stage.cloud.uri(), "/api/v1/properties/SEA", desk)
                .json()
                .requiredString("businessDate");
        say("");
        say("Done. The cloud's business date is " + cloudDate + " (it was " + first
                + "); Paul's reservation " + paul + " is cloud booking " + stage.cloudBookingOf(paul)
                + (walkIn == null ? "" : ", the walk-in " + walkIn + " is " + stage.cloudBookingOf(walkIn)) + ".");
        say("Each night's RENT is in the cloud once per guest, dated that night. PDFs in " + stage.out);
        stage.summary();
    }

    /** What the standby's night audit said it did, from the summary it shows after the close. */
    private static String standbyNightAudit(DeskClient nina, DeskClient.Page closed) {
        String page = nina.get(closed.location()).body();
        return "RENT posted to " + field(page, "audit-summary-rent-count") + " guests, "
                + field(page, "audit-summary-rent-total") + ".";
    }

    private static String field(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? m.group(1).strip() : "?";
    }

    private static String problemDetail(String body) {
        try {
            Object detail = ((Map<?, ?>) Json.parse(body)).get("detail");
            return detail == null ? "done" : String.valueOf(detail);
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private void say(String line) {
        stage.say(line);
    }

    private static DeskClient.Page expect(DeskClient.Page page, String what) {
        return DemoStage.expect(page, what);
    }
}
