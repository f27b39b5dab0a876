package app.innkeep.ops.demo;

import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outage story of the product brief, narrated, on embedded defaults: the cloud on Derby and the standby on
 * encrypted Derby, each in its own JVM, talking real HTTP through a link the demo cuts to simulate the outage. It ends
 * by saying where the re-entry PDFs are; {@code --keep-running} leaves both apps up with their addresses and logins.
 * {@code --days N} plays the long story instead ({@link LongOutageDemo}).
 */
public final class OutageDemo {

    private final DemoStage stage;

    private OutageDemo(DemoStage stage) {
        this.stage = stage;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean keepRunning = options.contains("--keep-running");
        if (options.contains("--help")) {
            System.out.println("""
                    Usage: ops/bin/innkeep demo [--days N] [--keep-running]

                    Plays the outage story: the cloud and the standby start (embedded Derby, the demo hotel SEA), the
                    standby pairs and syncs, the internet goes down, the front desk works on the standby, online
                    bookings keep arriving in the cloud, the connection returns, the night auditor prints the
                    re-entry reports and lets the assistant bring the cloud up to date, then signs off.
                    It ends by saying where the PDFs are (about a minute).

                      --days N         play the long story instead: the line stays down for N days (2 to 7); each
                                       night the night auditor closes the day on the standby (RENT, the date rolls),
                                       a phone reservation for a later day is taken, channel bookings keep arriving
                                       in the cloud, and the re-entry brings the cloud through the same nights
                      --keep-running   leave the cloud and the standby running afterwards and print their
                                       addresses and logins (stop with Ctrl+C)

                    Ports: the cloud's is MICRONAUT_SERVER_PORT (default 8080), the standby's INNKEEP_STANDBY_PORT
                    (default 8090); unset and taken, a free port is picked and the demo says which and why.""");
            return;
        }
        int days = LongOutageDemo.days(options);
        DemoStage stage = DemoStage.create();
        try {
            if (days > 1) {
                new LongOutageDemo(stage, days).play();
            } else {
                new OutageDemo(stage).play();
            }
            if (keepRunning) {
                stage.keepRunning();
            }
        } finally {
            if (!keepRunning) {
                stage.close();
            }
        }
    }

    private void play() throws Exception {
        LocalDate today = stage.startCloud();
        String desk = stage.cloudToken("sea.frontdesk");
        String arriving = stage.book(desk, "Ingrid", "Berg", today, 2, null);
        String leaving = stage.book(desk, "Tomás", "Ruiz", today.plusDays(5), 2, null);
        stage.startStandby();

        say("");
        stage.link.cut();
        String down = stage.clock();
        say(down + " The internet goes down. The front desk switches to the standby.");
        DeskClient anna = stage.desk("anna");
        String home = anna.get("/").body();
        Matcher asOf = Pattern.compile("Data as of <span>([^<]*)</span>").matcher(home);
        say("  every page says: Data as of " + (asOf.find() ? asOf.group(1) : "?"));
        var started = expect(
                anna.form("/outage/start", Map.of("reason", "internet down since " + down)), "start outage mode");
        say(stage.recordedAt(anna, started)
                + " Anna starts outage mode (reason recorded); a red banner now says so on every page.");
        String room = stage.freeRoom(arriving, null);
        var checkedIn = expect(anna.form("/bookings/" + arriving + "/check-in", Map.of("room", room)), "check in");
        stage.save(anna, "/bookings/" + arriving + "/registration-card.pdf", "registration-card-" + arriving + ".pdf");
        say(stage.recordedAt(anna, checkedIn) + " Anna checks in Ingrid Berg (" + arriving + ") to room " + room
                + " and prints her registration card.");
        String walkInRoom = stage.freeRoom(arriving, room);
        var walkedIn = expect(
                anna.form(
                        "/walk-in",
                        Map.of(
                                "firstName", "Zoë",
                                "lastName", "Ångström",
                                "room", walkInRoom,
                                "departure", today.plusDays(1).toString(),
                                "rate", "120.00")),
                "walk-in");
        String dNumber = DemoStage.dNumber(walkedIn);
        say(stage.recordedAt(anna, walkedIn) + " Anna takes a walk-in, Zoë Ångström, who gets " + dNumber + " and room "
                + walkInRoom + ".");
        expect(anna.form("/bookings/" + dNumber + "/charges", Map.of("item", "RENT", "unitPrice", "120.00")), "RENT");
        expect(anna.form("/bookings/" + dNumber + "/charges", Map.of("item", "MINIBAR", "quantity", "2")), "MINIBAR");
        var paid = expect(
                anna.form(
                        "/bookings/" + dNumber + "/payments",
                        Map.of("receiptType", "VISA", "amount", "132.00", "cardLast4", "4242")),
                "VISA");
        stage.save(anna, "/bookings/" + dNumber + "/folio.pdf", "folio-" + dNumber + ".pdf");
        say(stage.recordedAt(anna, paid) + " Anna posts RENT 120.00 and MINIBAR 2 × 6.00 to " + dNumber
                + " and takes 132.00 by VISA (card ••••4242 — the last four only).");
        var cancelled =
                expect(anna.form("/bookings/" + leaving + "/cancel", Map.of("reason", "guest called")), "cancel");
        say(stage.recordedAt(anna, cancelled) + " Anna cancels Tomás Ruiz (" + leaving
                + ") who phoned. Each action is one journal entry.");

        say("Meanwhile the cloud keeps selling: a channel books room " + walkInRoom
                + " for tonight, and a web guest pays a deposit.");
        String online = stage.book(desk, "Lena", "Fischer", today, 1, walkInRoom);
        stage.onlineBooking(desk, today);

        say("");
        stage.link.restore();
        String back = stage.clock();
        say(back + " The connection returns. The standby pulls what happened in the cloud meanwhile.");
        var synced = Http.post(stage.standby.uri(), "/api/sync-now", stage.operator, null)
                .json();
        long applied = synced.requiredLong("applied");
        say("  " + applied + (applied == 1 ? " change" : " changes") + " from the cloud came in.");
        stage.technical("catch-up after the outage: " + synced.requiredString("message"));
        DeskClient nina = stage.desk("nina");
        var ended = expect(nina.form("/outage/end", Map.of("note", "connection back at " + back)), "end outage mode");
        say(stage.recordedAt(nina, ended)
                + " Nina, the night auditor, ends outage mode. The collision report shows room " + walkInRoom
                + " sold twice (" + dNumber + " and " + online + ").");
        for (String report : List.of("room-bookings", "financials", "items", "collisions")) {
            stage.save(nina, "/reports/" + report + ".pdf", report + ".pdf");
            stage.save(nina, "/reports/" + report + ".csv", report + ".csv");
        }
        say("  she prints the re-entry reports (room bookings, financials, items) and the collision report.");

        String outage = stage.openOutage();
        expect(nina.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")), "assistant on");
        expect(nina.form("/reentry/" + outage + "/run", Map.of()), "run the assistant");
        say("  The re-entry assistant posts what does not collide; the walk-in waits for her decision.");
        String conflict = nina.get("/reentry/conflicts/" + dNumber).body();
        Matcher free = Pattern.compile("<option value=\"(\\d+)\"").matcher(conflict);
        if (free.find()) {
            expect(
                    nina.form("/reentry/" + outage + "/conflicts/" + dNumber, Map.of("newRoom", free.group(1))),
                    "resolve");
            say("  She moves the walk-in to room " + free.group(1) + " and runs the assistant again.");
        }
        expect(nina.form("/reentry/" + outage + "/run", Map.of()), "run the assistant");
        expect(nina.form("/reentry/" + outage + "/verify", Map.of()), "closing check");
        String page = nina.get("/reentry").body();
        Matcher report = Pattern.compile("id=\"verify-report\">([^<]*)<").matcher(page);
        say("  closing check: "
                + (report.find() ? report.group(1).strip().lines().findFirst().orElse("") : "?"));
        var signed = nina.form("/reentry/" + outage + "/sign-off", Map.of());
        say(signed.status() == 303 ? "  She signs the re-entry off." : "  Sign-off refused: see the re-entry page.");

        String became = stage.cloudBookingOf(dNumber);
        say("");
        say("Done. In the cloud, walk-in " + dNumber
                + " is now booking " + became + " (searching " + dNumber + " finds it), with its charges and"
                + " payment once each, dated when they happened.");
        say("The PDFs and CSVs (registration card, folio, re-entry reports, collision report) are in " + stage.out);
        say("Logs of both apps: " + stage.out.resolve("logs"));
        stage.summary();
    }

    private void say(String line) {
        stage.say(line);
    }

    private static DeskClient.Page expect(DeskClient.Page page, String what) {
        return DemoStage.expect(page, what);
    }
}
