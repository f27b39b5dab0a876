package app.innkeep.cloud.feed;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The feed's lane in front of Micronaut's router ({@link FeedLane}, ADR 0025) over real sockets: it answers a plain
 * poll byte for byte as the controller does, leaves every refusal to the controller, keeps pipelined answers in order,
 * survives clients that vanish, and answers the JDK client's h2c upgrade offer.
 *
 * <p>The controller's answers come from a second server started here on the same database with the lane turned off
 * ({@code innkeep.feed.lane.enabled: false}). That works on Derby too: both application contexts live in this JVM,
 * so they share Derby's one embedded engine, which serves both connection pools from the same database. A feed read
 * records the device's "last seen" (and the standby version sent), but neither is part of any answer, so asking the
 * lane first and the controller second (or the other way round) gives both the same state to answer from; no test
 * adds events while it compares.
 */
abstract class FeedLaneIT extends CloudIT {

    static final String SCRAPE_TOKEN = "scrape-token-for-the-lane-tests-0123";
    static final String VERSION_HEADER = "X-Innkeep-Standby-Version: 2.4.1";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The same service on the same database with the lane turned off: every feed request goes to the controller. */
    EmbeddedServer controllerOnly;

    String support;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("innkeep.metrics.scrape-token", SCRAPE_TOKEN);
    }

    @BeforeAll
    void startTheControllerOnlyServer() {
        support = supportToken();
        Map<String, Object> properties = new LinkedHashMap<>(getProperties());
        // The first server made the support account already.
        properties.remove("innkeep.bootstrap.support-password");
        properties.put("innkeep.feed.lane.enabled", "false");
        controllerOnly = ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
        assertThat(controllerOnly.getApplicationContext().containsBean(FeedLane.class))
                .as("the second server has no lane")
                .isFalse();
        assertThat(server.getApplicationContext().containsBean(FeedLane.class))
                .as("the server under test has its lane")
                .isTrue();
    }

    @AfterAll
    void stopTheControllerOnlyServer() {
        if (controllerOnly != null) {
            controllerOnly.getApplicationContext().close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. The same answer either way
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void thePollsTheLaneAnswersAreByteForByteTheControllersAnswers() {
        TestHotel hotel = TestHotel.open(api(), support, "LNA", "2026-03-10");
        String credential = pair(hotel, "Lane A/B").text("credential");
        for (int i = 0; i < 6; i++) {
            hotel.book("Same" + i, "2026-04-1" + i, "2026-04-1" + (i + 1), null);
        }
        String auth = "Authorization: Bearer " + credential;
        long head = head(controllerOnly, hotel, credential);
        assertThat(head).as("enough events for a few pages").isGreaterThan(15);

        // Name, request, events expected on the page, gzipped (by both) or not.
        record Ask(String name, String request, int events, boolean gzipped) {}
        String feed = hotel.path("/feed");
        List<Ask> asks = List.of(
                new Ask("a full first page", get(feed + "?after=0&limit=5", auth), 5, false),
                new Ask("a middle page", get(feed + "?after=5&limit=5", auth), 5, false),
                new Ask("limit before after", get(feed + "?limit=4&after=7", auth), 4, false),
                new Ask("the last, short page", get(feed + "?after=" + (head - 3) + "&limit=10", auth), 3, false),
                new Ask("an up-to-date poll", get(feed + "?after=" + head, auth), 0, false),
                new Ask("no after and no limit", get(feed, auth), (int) head, false),
                new Ask("only limit", get(feed + "?limit=2", auth), 2, false),
                new Ask("the largest page", get(feed + "?after=0&limit=1000", auth), (int) head, false),
                new Ask("gzip on a large page", get(feed, auth, "Accept-Encoding: gzip"), (int) head, true),
                new Ask("gzip on an empty page", get(feed + "?after=" + head, auth, "Accept-Encoding: gzip"), 0, false),
                new Ask("gzip on a tiny page", get(feed + "?after=0&limit=1", auth, "Accept-Encoding: gzip"), 1, false),
                new Ask("identity", get(feed + "?after=2&limit=3", auth, "Accept-Encoding: identity"), 3, false),
                new Ask("a version header", get(feed + "?after=0&limit=5", auth, VERSION_HEADER), 5, false),
                new Ask(
                        "a version header at the head, gzip",
                        get(feed + "?after=" + head, auth, VERSION_HEADER, "Accept-Encoding: gzip"),
                        0,
                        false),
                new Ask(
                        "a version header, gzip, large",
                        get(feed + "?after=0", auth, VERSION_HEADER, "Accept-Encoding: gzip"),
                        (int) head,
                        true));

        Meters laneBefore = meters(server);
        Meters controllerBefore = meters(controllerOnly);
        for (Ask ask : asks) {
            Reply viaLane = exchange(server, ask.request());
            Reply viaController = exchange(controllerOnly, ask.request());
            assertThat(viaLane.status()).as(ask.name() + ": " + viaLane).isEqualTo(200);
            assertThat(viaController.status())
                    .as(ask.name() + ": " + viaController)
                    .isEqualTo(200);
            assertThat(viaLane.text()).as(ask.name()).isEqualTo(viaController.text());
            assertThat(viaLane.plain()).as(ask.name()).isEqualTo(viaController.plain());
            // A gzipped body's length is the compressor's: Netty's (Micronaut) ends its deflate stream with a sync
            // flush
            // and an empty final block and writes OS 0 in the gzip header; the JDK's GZIPOutputStream (the lane) ends
            // with one final block and writes OS 255; 6 bytes apart for the same content, both valid gzip. So for those
            // Content-Length is checked against each body instead of against each other.
            assertThat(viaLane.comparableHeaders(ask.gzipped()))
                    .as(ask.name() + ": the headers but Date")
                    .isEqualTo(viaController.comparableHeaders(ask.gzipped()));
            if (ask.gzipped()) {
                // Gunzipping checked the trailer (CRC and length), so the body came whole; and it was compressed.
                assertThat(viaLane.body().length).as(ask.name()).isLessThan(viaLane.plain().length / 2);
            }
            assertThat(viaLane.header("Date")).as(ask.name()).isNotBlank();
            assertThat(viaLane.header("Content-Encoding"))
                    .as(ask.name())
                    .isEqualTo(viaController.header("Content-Encoding"))
                    .isEqualTo(ask.gzipped() ? "gzip" : null);
            JsonNode page = viaLane.json();
            assertThat(page.get("property").asText()).isEqualTo("LNA");
            assertThat(page.get("head").asLong()).isEqualTo(head);
            assertThat(page.get("events")).as(ask.name()).hasSize(ask.events());
        }
        assertThat(meters(server).answered() - laneBefore.answered())
                .as("the lane answered every one of them")
                .isEqualTo(asks.size());
        assertThat(meters(server).handedOver()).isEqualTo(laneBefore.handedOver());
        assertThat(meters(controllerOnly)).as("no lane there").isEqualTo(controllerBefore);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Refusals are the controller's
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyRefusalIsTheControllersAndTheLaneCountsWhatItHandedOver() {
        TestHotel hotel = TestHotel.open(api(), support, "LNR", "2026-03-10");
        TestHotel other = TestHotel.open(api(), support, "LNX", "2026-03-10");
        pair(other, "Other property's standby");
        String credential = pair(hotel, "Refused").text("credential");
        var doomed = pair(hotel, "Revoked");
        ok(api().post(hotel.admin, hotel.path("/devices/" + doomed.text("deviceId") + "/revoke"), Map.of()));
        String auth = "Authorization: Bearer " + credential;
        long head = head(controllerOnly, hotel, credential);
        String feed = hotel.path("/feed");

        // Name, request, status, whether the lane takes it (and so hands it over), a HEAD (no body to read).
        record Refusal(String name, String request, int status, boolean laneTakes, boolean head) {}
        List<Refusal> refusals = List.of(
                new Refusal("no credential", get(feed + "?after=0"), 401, false, false),
                new Refusal(
                        "a garbled credential", get(feed + "?after=0", "Authorization: Bearer %%%"), 401, true, false),
                new Refusal("an empty bearer", get(feed + "?after=0", "Authorization: Bearer "), 401, true, false),
                new Refusal(
                        "not a bearer", get(feed + "?after=0", "Authorization: Basic dXNlcjpwYXNz"), 401, true, false),
                new Refusal(
                        "an unknown credential",
                        get(feed + "?after=0", "Authorization: Bearer ikd_forged-device-credential"),
                        401,
                        true,
                        false),
                new Refusal(
                        "a user's token",
                        get(feed + "?after=0", "Authorization: Bearer " + hotel.admin),
                        401,
                        true,
                        false),
                new Refusal(
                        "a revoked device",
                        get(feed + "?after=0", "Authorization: Bearer " + doomed.text("credential")),
                        401,
                        true,
                        false),
                new Refusal("another property's code", get(other.path("/feed?after=0"), auth), 404, true, false),
                new Refusal("an unknown property's code", get("/api/v1/properties/NOPE/feed", auth), 404, true, false),
                new Refusal("after ahead of the head", get(feed + "?after=" + (head + 1), auth), 409, true, false),
                new Refusal("limit=0", get(feed + "?after=0&limit=0", auth), 400, true, false),
                new Refusal("limit=100000", get(feed + "?after=0&limit=100000", auth), 400, true, false),
                new Refusal("after=-1", get(feed + "?after=-1", auth), 400, false, false),
                new Refusal("after=abc", get(feed + "?after=abc", auth), 400, false, false),
                new Refusal("limit=-5", get(feed + "?limit=-5", auth), 400, false, false),
                new Refusal("HEAD", request("HEAD", feed + "?after=0", auth), 200, false, true),
                new Refusal(
                        "HEAD with an unknown credential",
                        request("HEAD", feed + "?after=0", "Authorization: Bearer ikd_forged-device-credential"),
                        401,
                        false,
                        true),
                new Refusal("POST", request("POST", feed + "?after=0", auth, "Content-Length: 0"), 405, false, false),
                new Refusal(
                        "a body on GET",
                        request(
                                        "GET",
                                        feed + "?after=0&limit=0",
                                        auth,
                                        "Content-Type: application/json",
                                        "Content-Length: 2")
                                + "{}",
                        400,
                        false,
                        false));

        Meters before = meters(server);
        int handedOver = 0;
        for (Refusal refusal : refusals) {
            compareRefusal(refusal.name(), refusal.request(), refusal.status(), refusal.head());
            handedOver += refusal.laneTakes() ? 1 : 0;
        }

        // The backup flag off: the service refuses the device that polls, in the lane as in the controller.
        ok(api().put(support, "/api/v1/admin/properties/LNR/backup", Map.of("enabled", false)));
        try {
            Reply off = compareRefusal("backup flag off", get(feed + "?after=" + head, auth), 403, false);
            assertThat(off.json().get("type").asText()).endsWith("backup-disabled");
            handedOver++;
        } finally {
            ok(api().put(support, "/api/v1/admin/properties/LNR/backup", Map.of("enabled", true)));
        }

        Meters refused = meters(server);
        assertThat(refused.handedOver() - before.handedOver())
                .as("the lane handed over exactly the polls it took and the service refused")
                .isEqualTo(handedOver);
        assertThat(refused.answered()).as("it answered none of them").isEqualTo(before.answered());

        // An unknown query parameter: the lane leaves it alone; the controller serves it.
        Reply unknownParameter = compare("an unknown parameter", get(feed + "?after=0&limit=2&since=3", auth));
        assertThat(unknownParameter.status()).isEqualTo(200);
        assertThat(meters(server)).as("not the lane's").isEqualTo(refused);
        // Two credentials: not the lane's either; Micronaut reads the first.
        Reply twoCredentials =
                compare("two credentials", get(feed + "?after=0&limit=2", auth, "Authorization: Bearer x"));
        assertThat(twoCredentials.status()).isEqualTo(200);
        assertThat(meters(server)).as("not the lane's").isEqualTo(refused);

        // A browser's request (it has an Origin): Micronaut's CORS rules are for it, so the lane leaves it alone, and a
        // foreign origin gets the same answer from both servers.
        Reply fromAPage =
                compare("a foreign Origin", get(feed + "?after=0&limit=2", auth, "Origin: https://evil.example"));
        assertThat(fromAPage.status()).isNotEqualTo(500);
        assertThat(meters(server)).as("not the lane's").isEqualTo(refused);
        // A cursor of 12 digits or more could pass for a card number: the request screening's, not the lane's.
        Reply cardLike = compare("a card-like cursor", get(feed + "?after=4111111111111111&limit=2", auth));
        assertThat(cardLike.status()).isEqualTo(400);
        assertThat(cardLike.text()).contains("card number");
        assertThat(meters(server)).as("not the lane's").isEqualTo(refused);

        // A plain poll with the same credential, after all that: the lane serves it.
        Reply served = compare("a served poll", get(feed + "?after=0&limit=2", auth));
        assertThat(served.status()).isEqualTo(200);
        Meters after = meters(server);
        assertThat(after.answered() - refused.answered()).isEqualTo(1);
        assertThat(after.handedOver()).isEqualTo(refused.handedOver());
    }

    /** Sends one refused request to both servers: the same status, problem+json and headers (but Date). */
    private Reply compareRefusal(String name, String request, int status, boolean head) {
        Reply viaLane = exchange(server, request, head);
        Reply viaController = exchange(controllerOnly, request, head);
        assertThat(viaLane.status()).as(name + ": " + viaLane).isEqualTo(status);
        assertThat(viaController.status()).as(name + ": " + viaController).isEqualTo(status);
        assertThat(viaLane.text()).as(name).isEqualTo(viaController.text());
        assertThat(viaLane.comparableHeaders())
                .as(name + ": the headers but Date")
                .isEqualTo(viaController.comparableHeaders());
        if (!head) {
            assertThat(viaLane.header("Content-Type")).as(name).startsWith("application/problem+json");
            assertThat(viaLane.json().get("status").asInt()).as(name).isEqualTo(status);
        }
        if (name.equals("a revoked device")) {
            assertThat(viaLane.json().get("detail").asText()).as(name).contains("revoked on");
        }
        return viaLane;
    }

    private Reply compare(String name, String request) {
        Reply viaLane = exchange(server, request);
        Reply viaController = exchange(controllerOnly, request);
        assertThat(viaLane.status()).as(name).isEqualTo(viaController.status());
        assertThat(viaLane.text()).as(name).isEqualTo(viaController.text());
        assertThat(viaLane.comparableHeaders()).as(name).isEqualTo(viaController.comparableHeaders());
        return viaLane;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Answers in request order, pipelined
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderTheyCame() throws IOException {
        Paired standby = paired("LNP", "Pipelined");
        String auth = standby.auth();
        String feed = standby.feed();
        long head = head(controllerOnly, standby.hotel(), standby.credential());
        String first = controllersPage(standby, "?after=0&limit=3");
        String second = controllersPage(standby, "?after=3&limit=3");
        String atHead = controllersPage(standby, "?after=" + head);
        assertThat(List.of(first, second, atHead)).doesNotHaveDuplicates();

        Meters before = meters(server);
        try (Wire wire = new Wire(server)) {
            wire.send(get(feed + "?after=0&limit=3", auth)
                    + get("/health")
                    + get(feed + "?after=3&limit=3", auth)
                    + get(feed + "?after=0", "Authorization: Bearer ikd_forged-device-credential")
                    + get(feed + "?after=" + head, auth));
            Reply one = wire.read(false);
            Reply health = wire.read(false);
            Reply three = wire.read(false);
            Reply refused = wire.read(false);
            Reply five = wire.read(false);
            assertThat(List.of(one.status(), health.status(), three.status(), refused.status(), five.status()))
                    .containsExactly(200, 200, 200, 401, 200);
            assertThat(one.text()).isEqualTo(first);
            assertThat(health.text()).contains("UP");
            assertThat(three.text()).isEqualTo(second);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("status").asInt()).isEqualTo(401);
            assertThat(five.text()).isEqualTo(atHead);
        }
        Meters after = meters(server);
        assertThat(after.answered() - before.answered())
                .as("the first poll at least came to the lane")
                .isGreaterThanOrEqualTo(1);

        // Only polls, one after another on one connection in one write: every one the lane's, each in its place.
        before = after;
        StringBuilder polls = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            polls.append(get(feed + "?after=" + i + "&limit=1", auth));
        }
        try (Wire wire = new Wire(server)) {
            wire.send(polls.toString());
            for (int i = 0; i < 12; i++) {
                Reply reply = wire.read(false);
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.json().get("after").asLong()).as("answer " + i).isEqualTo(i);
                assertThat(reply.json().get("events")).hasSize(1);
            }
        }
        assertThat(meters(server).answered() - before.answered()).isEqualTo(12);

        // Handed over, then the lane's again: a refusal between polls keeps its place.
        try (Wire wire = new Wire(server)) {
            wire.send(get(feed + "?after=0&limit=3", auth)
                    + get(feed + "?after=0&limit=0", auth)
                    + get(feed + "?after=3&limit=3", auth)
                    + get(feed + "?after=" + head, auth));
            assertThat(wire.read(false).text()).isEqualTo(first);
            assertThat(wire.read(false).status()).isEqualTo(400);
            assertThat(wire.read(false).text()).isEqualTo(second);
            assertThat(wire.read(false).text()).isEqualTo(atHead);
        }
    }

    @Test
    void aPollThatAsksToCloseIsAnsweredAndThenTheConnectionIsClosed() throws IOException {
        Paired standby = paired("LNC", "Closing");
        String auth = standby.auth();
        String feed = standby.feed();
        String first = controllersPage(standby, "?after=0&limit=3");
        String second = controllersPage(standby, "?after=3&limit=3");

        // Two polls, the second asking to close, and a request after it that must not be answered.
        try (Wire wire = new Wire(server)) {
            wire.send(get(feed + "?after=0&limit=3", auth)
                    + get(feed + "?after=3&limit=3", auth, "Connection: close")
                    + get("/health"));
            Reply one = wire.read(false);
            Reply two = wire.read(false);
            assertThat(one.text()).isEqualTo(first);
            assertThat(one.header("Connection")).isNull();
            assertThat(two.text()).isEqualTo(second);
            assertThat(two.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(wire.atEnd())
                    .as("the server closed the connection after the answer")
                    .isTrue();
        }

        // The same when the poll that asks to close is refused (handed over to the controller).
        try (Wire wire = new Wire(server)) {
            wire.send(get(feed + "?after=0&limit=3", auth)
                    + get(feed + "?after=0&limit=0", auth, "Connection: close")
                    + get("/health"));
            assertThat(wire.read(false).text()).isEqualTo(first);
            Reply refused = wire.read(false);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(wire.atEnd())
                    .as("the server closed the connection after the refusal")
                    .isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Clients that vanish
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void clientsThatVanishMidPollLeaveTheLaneServingEveryoneElse() throws Exception {
        Paired standby = paired("LNV", "Vanishing");
        String auth = standby.auth();
        String feed = standby.feed();
        String page = controllersPage(standby, "?after=0&limit=10");
        String poll = get(feed + "?after=0&limit=10", auth);

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                work.add(clients.submit(() -> {
                    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                        if (n % 2 == 0) {
                            socket.setSoLinger(true, 0); // a reset rather than a polite close
                        }
                        OutputStream out = socket.getOutputStream();
                        // Some vanish with a pipelined second poll, some with a half request.
                        String bytes = switch (n % 3) {
                            case 0 -> poll;
                            case 1 -> poll + poll;
                            default -> poll + poll.substring(0, 20);
                        };
                        out.write(bytes.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    return null;
                }));
                if (i % 3 == 0) {
                    work.add(clients.submit(() -> {
                        Reply reply = exchange(server, poll);
                        assertThat(reply.status()).isEqualTo(200);
                        assertThat(reply.text()).isEqualTo(page);
                        return null;
                    }));
                }
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }

            // Afterwards: the lane still answers, one poll at a time and pipelined.
            Meters before = meters(server);
            for (int i = 0; i < 5; i++) {
                Reply reply = exchange(server, poll);
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.text()).isEqualTo(page);
            }
            try (Wire wire = new Wire(server)) {
                wire.send(poll + poll + poll);
                for (int i = 0; i < 3; i++) {
                    assertThat(wire.read(false).text()).isEqualTo(page);
                }
            }
            // At least: a vanished client's poll may still be answered (and counted) after this point.
            assertThat(meters(server).answered() - before.answered()).isGreaterThanOrEqualTo(8);
        } finally {
            clients.shutdownNow();
            root.detachAppender(logged);
        }
        assertThat(logged.list.stream()
                        .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()))
                .as("nothing logged at ERROR")
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. HTTP/1.0 and the h2c upgrade offer
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void anHttp10PollAndAnH2cUpgradeOfferAreBothAnswered() throws IOException {
        Paired standby = paired("LNH", "Old and new clients");
        String auth = standby.auth();
        String feed = standby.feed();
        String page = controllersPage(standby, "?after=0&limit=4");

        // HTTP/1.0: not the lane's (it takes HTTP/1.1 only); Micronaut answers it.
        Meters before = meters(server);
        Reply old = exchange(server, "GET " + feed + "?after=0&limit=4 HTTP/1.0\r\n" + auth + "\r\n\r\n", false);
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.text()).isEqualTo(page);
        assertThat(meters(server)).as("the lane left it to Micronaut").isEqualTo(before);

        // The upgrade offer the JDK's client makes on plain HTTP: answered as HTTP/1.1, by the lane, the same page.
        Reply offered = exchange(
                server,
                get(
                        feed + "?after=0&limit=4",
                        auth,
                        "Connection: Upgrade, HTTP2-Settings",
                        "Upgrade: h2c",
                        "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA"));
        assertThat(offered.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(offered.text()).isEqualTo(page);
        assertThat(meters(server).answered() - before.answered()).isEqualTo(1);

        // And the JDK's client itself (it offers h2c by default), as a standby polls.
        Api.Answer jdk = api().get(standby.credential(), feed + "?after=0&limit=4");
        assertThat(jdk.status()).isEqualTo(200);
        assertThat(jdk.body()).isEqualTo(page);
        assertThat(meters(server).answered() - before.answered()).isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------------

    /** A property of its own with a paired standby: its credential, that credential's header line, its feed's path. */
    private record Paired(TestHotel hotel, String credential, String auth, String feed) {}

    private Paired paired(String code, String deviceName) {
        TestHotel hotel = TestHotel.open(api(), support, code, "2026-03-10");
        String credential = pair(hotel, deviceName).text("credential");
        return new Paired(hotel, credential, "Authorization: Bearer " + credential, hotel.path("/feed"));
    }

    /** The page the lane-off server answers to the standby's poll with {@code query}: what the lane must send too. */
    private String controllersPage(Paired standby, String query) {
        return exchange(controllerOnly, get(standby.feed() + query, standby.auth()))
                .text();
    }

    private Api.Answer pair(TestHotel hotel, String name) {
        Api api = api();
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", name)));
    }

    private long head(EmbeddedServer on, TestHotel hotel, String credential) {
        Reply page = exchange(on, get(hotel.path("/feed?after=0&limit=1"), "Authorization: Bearer " + credential));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("head").asLong();
    }

    /** The lane's meter as the scraper reads it on {@code on}. */
    record Meters(double answered, double handedOver) {}

    private Meters meters(EmbeddedServer on) {
        Reply scrape = exchange(on, get("/metrics", "Authorization: Bearer " + SCRAPE_TOKEN));
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        String text = scrape.text();
        return new Meters(sample(text, "answered"), sample(text, "handed-over"));
    }

    private static double sample(String scrape, String outcome) {
        Matcher m = Pattern.compile(
                        "(?m)^innkeep_feed_lane_total\\{outcome=\"" + Pattern.quote(outcome) + "\",?} (\\S+)$")
                .matcher(scrape);
        assertThat(m.find()).as("the scrape has the lane's " + outcome).isTrue();
        return Double.parseDouble(m.group(1));
    }

    static String get(String target, String... headers) {
        return request("GET", target, headers);
    }

    static String request(String method, String target, String... headers) {
        StringBuilder s = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        s.append("Host: localhost\r\n");
        for (String header : headers) {
            s.append(header).append("\r\n");
        }
        return s.append("\r\n").toString();
    }

    static Reply exchange(EmbeddedServer on, String request) {
        return exchange(on, request, request.startsWith("HEAD "));
    }

    static Reply exchange(EmbeddedServer on, String request, boolean head) {
        try (Wire wire = new Wire(on)) {
            wire.send(request);
            return wire.read(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP answer as it came over the wire: status line, headers in order, body (as sent: maybe gzipped). */
    record Reply(String statusLine, int status, List<Map.Entry<String, String>> headers, byte[] body) {

        String header(String name) {
            return headers.stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        /** Every header as "name: value" (names as sent) but Date, in name order. */
        List<String> comparableHeaders() {
            return comparableHeaders(false);
        }

        /** The same, without Content-Length when {@code gzipped} (its value is the compressor's, not the page's). */
        List<String> comparableHeaders(boolean gzipped) {
            return headers.stream()
                    .filter(h -> !h.getKey().equalsIgnoreCase("Date"))
                    .filter(h -> !(gzipped && h.getKey().equalsIgnoreCase("Content-Length")))
                    .sorted(Comparator.comparing(h -> h.getKey().toLowerCase(Locale.ROOT)))
                    .map(h -> h.getKey() + ": " + h.getValue())
                    .toList();
        }

        /** The body, gunzipped when it came gzipped. */
        byte[] plain() {
            if (!"gzip".equalsIgnoreCase(header("Content-Encoding"))) {
                return body;
            }
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(plain(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(plain());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return statusLine + " " + headers + " " + text();
        }
    }

    /** A raw connection: requests written as given, in one write; answers read back with their own framing. */
    static final class Wire implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;

        Wire(EmbeddedServer on) throws IOException {
            socket = new Socket(on.getHost(), on.getPort());
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream());
        }

        void send(String requests) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** The next answer; {@code head} when it answers a HEAD (no body follows whatever the headers say). */
        Reply read(boolean head) throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.add(Map.entry(
                        line.substring(0, colon), line.substring(colon + 1).strip()));
            }
            Reply bare = new Reply(statusLine, status, headers, new byte[0]);
            if (head || status < 200 || status == 204 || status == 304) {
                return bare;
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(bare.header("Transfer-Encoding"))) {
                var all = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                body = all.toByteArray();
            } else if (bare.header("Content-Length") != null) {
                int length = Integer.parseInt(bare.header("Content-Length"));
                body = in.readNBytes(length);
                if (body.length != length) {
                    throw new EOFException("body cut short: " + body.length + " of " + length);
                }
            } else {
                body = in.readAllBytes();
            }
            return new Reply(statusLine, status, headers, body);
        }

        /** The server closed the connection (reading waits for it at most the socket's timeout). */
        boolean atEnd() throws IOException {
            return in.read() == -1;
        }

        private String line() throws IOException {
            var line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\n') {
                if (b == -1) {
                    throw new EOFException("connection closed mid-line: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
