package app.innkeep.cloud.groups;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.session.PageGate;
import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.PageBrowser;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.StandbyVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Groups of properties: support makes group WEST of SEA and OAK with its admin, and EAST of ELM with another; SEA has
 * a paired standby that has re-entered outage work and a guest in house. The group admin reads its group's health and
 * downtime packs and nothing else; the group page refuses everyone else as the brief says.
 */
abstract class GroupsIT extends CloudIT {

    static final String TODAY = "2026-03-10";
    /** SEA's business date once the standby's close of TODAY is re-entered. */
    static final String NEXT_DAY = "2026-03-11";

    static final String WEST_ADMIN = "west.admin";
    static final String EAST_ADMIN = "east.admin";

    final HttpClient browser = HttpClient.newHttpClient();

    String support;
    TestHotel sea;
    TestHotel oak;
    TestHotel elm;
    String westAdmin;
    String eastAdmin;
    long seaDevice;

    @BeforeAll
    void twoGroupsWithTheirAdminsAndAStandbyThatReenteredWork() {
        Api api = api();
        support = supportToken();
        sea = TestHotel.open(api, support, "SEA", TODAY);
        oak = TestHotel.open(api, support, "OAK", TODAY);
        elm = TestHotel.open(api, support, "ELM", TODAY);
        for (String[] group : List.of(
                new String[] {"WEST", "West coast inns", "SEA", "OAK", WEST_ADMIN},
                new String[] {"EAST", "East coast inns", "ELM", null, EAST_ADMIN})) {
            assertThat(api.post(support, "/api/v1/groups", Map.of("code", group[0], "name", group[1]))
                            .status())
                    .isEqualTo(201);
            for (String property : List.of(group[2], group[3] == null ? group[2] : group[3])) {
                ok(api.put(support, "/api/v1/groups/" + group[0] + "/properties/" + property, null));
            }
            assertThat(api.post(
                                    support,
                                    "/api/v1/groups/" + group[0] + "/admins",
                                    Map.of(
                                            "username",
                                            group[4],
                                            "displayName",
                                            "Admin of " + group[1],
                                            "password",
                                            TestHotel.PASSWORD))
                            .status())
                    .isEqualTo(201);
        }
        westAdmin = api.login(WEST_ADMIN, TestHotel.PASSWORD);
        eastAdmin = api.login(EAST_ADMIN, TestHotel.PASSWORD);

        String inHouse = sea.book("Seaborne", TODAY, "2026-03-12", "101");
        ok(api.post(sea.desk, sea.path("/bookings/" + inHouse + "/check-in"), Map.of()));
        ok(api.post(sea.desk, sea.path("/bookings/" + inHouse + "/folio/charges"), Map.of("item", "PARKING")));

        ok(api.put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api.post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        var paired = ok(api.send(
                "POST",
                "/api/v1/pairing",
                null,
                Map.of("code", code, "deviceName", "SEA front desk PC"),
                Map.of(StandbyVersion.HEADER, "0.4.0")));
        seaDevice = paired.json().get("deviceId").asLong();
        // One piece of outage work re-entered, as the standby's assistant sends it.
        var entry = api.post(
                paired.text("credential"),
                sea.path("/reentry/entries/" + UUID.randomUUID()),
                Map.of(
                        "action",
                        "ROOM_STATUS",
                        "originalAt",
                        "2026-03-10T10:45:00Z",
                        "businessDate",
                        TODAY,
                        "enteredBy",
                        "dana",
                        "room",
                        Map.of("number", "103", "housekeeping", "DIRTY", "outOfOrder", false)));
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        // The standby closed the day while cut off; re-entered, it rolls the cloud's business date (ADR 0017).
        var dayClosed = api.post(
                paired.text("credential"),
                sea.path("/reentry/entries/" + UUID.randomUUID()),
                Map.of(
                        "action",
                        "DAY_CLOSED",
                        "originalAt",
                        "2026-03-11T02:00:00Z",
                        "businessDate",
                        TODAY,
                        "enteredBy",
                        "nina"));
        assertThat(dayClosed.status()).as(dayClosed.toString()).isEqualTo(201);
    }

    @Test
    void supportMakesGroupsAndAPropertyMayBelongToSeveral() {
        Api api = api();
        var west = ok(api.get(support, "/api/v1/groups/WEST"));
        assertThat(texts(west.json().get("properties"))).containsExactly("OAK", "SEA");
        assertThat(texts(west.json().get("admins"))).containsExactly(WEST_ADMIN);
        assertThat(texts(ok(api.get(support, "/api/v1/groups")).json().findValues("code")))
                .contains("EAST", "WEST");

        assertThat(api.post(support, "/api/v1/groups", Map.of("code", "ALL", "name", "Every inn"))
                        .status())
                .isEqualTo(201);
        ok(api.put(support, "/api/v1/groups/ALL/properties/SEA", null));
        long audited = auditCount();
        // Adding it again is no change: same answer, no second audit entry.
        var again = ok(api.put(support, "/api/v1/groups/ALL/properties/SEA", null));
        assertThat(texts(again.json().get("properties"))).containsExactly("SEA");
        assertThat(auditCount()).isEqualTo(audited);
        // SEA is in WEST and ALL at once.
        assertThat(texts(ok(api.get(support, "/api/v1/groups/WEST")).json().get("properties")))
                .contains("SEA");

        var removed = ok(api.delete(support, "/api/v1/groups/ALL/properties/SEA"));
        assertThat(texts(removed.json().get("properties"))).isEmpty();
        assertThat(auditActions())
                .contains("group.created", "group.property-added", "group.property-removed", "user.created");
    }

    @TestFactory
    Stream<DynamicTest> badInputIsAProblemNamingTheFieldAndChangesNothing() {
        record Case(String name, String method, String path, Object body, int status, String field) {}
        Map<String, Object> admin =
                Map.of("username", "west.second", "displayName", "Second", "password", TestHotel.PASSWORD);
        List<Case> cases = List.of(
                new Case("lower-case code", "POST", "/api/v1/groups", Map.of("code", "west", "name", "W"), 400, "code"),
                new Case(
                        "code too long",
                        "POST",
                        "/api/v1/groups",
                        Map.of("code", "A".repeat(13), "name", "W"),
                        400,
                        "code"),
                new Case("no name", "POST", "/api/v1/groups", Map.of("code", "NORTH"), 400, "name"),
                new Case("code taken", "POST", "/api/v1/groups", Map.of("code", "WEST", "name", "W"), 409, "code"),
                new Case("unknown property", "PUT", "/api/v1/groups/WEST/properties/NOPE", null, 404, null),
                new Case("unknown group", "PUT", "/api/v1/groups/NOPE/properties/SEA", null, 404, null),
                new Case("unknown group's admin", "POST", "/api/v1/groups/NOPE/admins", admin, 404, null),
                new Case(
                        "short password",
                        "POST",
                        "/api/v1/groups/WEST/admins",
                        Map.of("username", "west.second", "displayName", "Second", "password", "short"),
                        400,
                        "password"),
                new Case(
                        "username taken",
                        "POST",
                        "/api/v1/groups/WEST/admins",
                        Map.of("username", "sea.desk", "displayName", "Second", "password", TestHotel.PASSWORD),
                        409,
                        "username"),
                new Case("malformed JSON", "POST", "/api/v1/groups", "{\"code\":", 400, null));
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                    var before = tableContents();
                    Api.Answer answer = api().send(c.method(), c.path(), support, c.body(), Map.of());
                    var soft = new SoftAssertions();
                    soft.assertThat(answer.status()).as(answer.toString()).isEqualTo(c.status());
                    soft.assertThat(answer.isProblem()).as(answer.toString()).isTrue();
                    if (c.field() != null) {
                        soft.assertThat(answer.json().findValuesAsText("field"))
                                .as(answer.toString())
                                .contains(c.field());
                    }
                    soft.assertThat(tableContents()).isEqualTo(before);
                    soft.assertAll();
                }));
    }

    @Test
    void theGroupAdminReadsItsPropertiesHealthAndOutageProgressSideBySide() {
        var health = ok(api().get(westAdmin, "/api/v1/groups/WEST/health"));
        JsonNode properties = health.json().get("properties");
        assertThat(texts(properties.findValues("code"))).containsExactly("OAK", "SEA");
        JsonNode oakHealth = properties.get(0);
        JsonNode seaHealth = properties.get(1);
        assertThat(oakHealth.path("standbys")).as("never paired").isEmpty();
        assertThat(oakHealth.get("backupEnabled").asBoolean()).isFalse();
        assertThat(seaHealth.at("/standbys/0/id").asLong()).isEqualTo(seaDevice);
        assertThat(seaHealth.at("/standbys/0/name").asText()).isEqualTo("SEA front desk PC");
        assertThat(seaHealth.at("/standbys/0/backupEnabled").asBoolean()).isTrue();
        assertThat(seaHealth.at("/standbys/0/standbyVersion").asText()).isEqualTo("0.4.0");
        assertThat(seaHealth.at("/reentry/0/businessDate").asText()).isEqualTo(TODAY);
        assertThat(seaHealth.at("/reentry/0/entries").asLong()).isEqualTo(2);
        assertThat(seaHealth.at("/reentry/0/closedBy").asText()).isEqualTo("STANDBY");
        assertThat(seaHealth.at("/businessDate").asText()).isEqualTo(NEXT_DAY);
        assertThat(ok(api().get(westAdmin, "/api/v1/groups")).json().findValuesAsText("code"))
                .containsExactly("WEST");
    }

    @TestFactory
    Stream<DynamicTest> aGroupAdminMayReadItsGroupAndNothingElse() {
        record Case(String method, String path, Object body, int status) {}
        Map<String, Object> booking = sea.booking("Intruder", "2026-04-01", "2026-04-03", null);
        List<Case> cases = List.of(
                new Case("GET", sea.path(""), null, 404),
                new Case("GET", sea.path("/bookings?q=Seaborne"), null, 404),
                new Case("POST", sea.path("/bookings"), booking, 404),
                new Case("GET", sea.path("/devices"), null, 404),
                new Case("POST", sea.path("/pairing-codes"), Map.of(), 404),
                new Case("GET", "/api/v1/admin/devices", null, 403),
                new Case("PUT", "/api/v1/admin/properties/SEA/backup", Map.of("enabled", false), 403),
                new Case("POST", "/api/v1/groups", Map.of("code", "MINE", "name", "Mine"), 403),
                new Case("PUT", "/api/v1/groups/WEST/properties/ELM", null, 403),
                new Case("DELETE", "/api/v1/groups/WEST/properties/SEA", null, 403),
                new Case(
                        "POST",
                        "/api/v1/groups/WEST/admins",
                        Map.of("username", "west.more", "displayName", "More", "password", TestHotel.PASSWORD),
                        403),
                new Case("GET", "/api/v1/groups/EAST", null, 404),
                new Case("GET", "/api/v1/groups/EAST/health", null, 404));
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.method() + " " + c.path() + " → " + c.status(), () -> {
                    var before = tableContents();
                    var answer = api().send(c.method(), c.path(), westAdmin, c.body(), Map.of());
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(c.status());
                    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
                    assertThat(tableContents()).isEqualTo(before);
                }));
    }

    @Test
    void aPropertyAdminCannotMakeAGroupAdmin() {
        var before = tableContents();
        var answer = api().post(
                        sea.admin,
                        sea.path("/users"),
                        Map.of(
                                "username",
                                "sea.group",
                                "displayName",
                                "Not a property role",
                                "role",
                                "GROUP_ADMIN",
                                "password",
                                TestHotel.PASSWORD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().findValuesAsText("field")).contains("role");
        assertThat(tableContents()).isEqualTo(before);
    }

    @Test
    void aGroupAdminSignsInAndLandsOnItsGroupsPage() throws Exception {
        var pages = new PageBrowser(server.getURI());
        var signedIn = pages.logIn(WEST_ADMIN, TestHotel.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("location")).contains("/groups");
        String jwt = PageGate.COOKIE + "=" + pages.cookie(PageGate.COOKIE);

        var list = page("/groups", jwt);
        assertThat(list.statusCode()).isEqualTo(303);
        assertThat(list.headers().firstValue("location")).contains("/groups/WEST");

        var group = page("/groups/WEST", jwt);
        assertThat(group.statusCode()).isEqualTo(200);
        assertThat(group.body())
                .contains("West coast inns (WEST)")
                .contains("OAK · Hotel OAK")
                .contains("SEA · Hotel SEA")
                .contains("<th>Version</th>")
                .contains("SEA front desk PC (#" + seaDevice + ")</td><td>0.4.0</td>")
                .contains("Never paired: no standby has been paired with OAK.")
                .contains("/groups/WEST/properties/SEA/downtime-pack.pdf")
                .contains("Entries received")
                .contains("by the standby")
                // No guest data on the page itself.
                .doesNotContain("Seaborne");
        // The support pages stay support's.
        assertThat(page("/support/properties", jwt).statusCode()).isEqualTo(403);
    }

    @Test
    void supportSeesEveryGroupListed() throws Exception {
        String jwt = session("support");
        var list = page("/groups", jwt);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/groups/WEST\"").contains("href=\"/groups/EAST\"");
        assertThat(page("/groups/EAST", jwt).statusCode()).isEqualTo(200);
        assertThat(page("/groups/NOPE", jwt).statusCode()).isEqualTo(404);
        assertThat(page("/support/properties", jwt).body())
                .as("support's pages lead to the groups")
                .contains("href=\"/groups\"");
    }

    @TestFactory
    Stream<DynamicTest> theGroupPageRefusesEveryoneElse() {
        record Case(String who, String cookie, int status) {}
        List<Case> cases = List.of(
                new Case("another group's admin", session(EAST_ADMIN), 404),
                new Case("a property admin of a property not in it", session("elm.admin"), 404),
                new Case("a front-desk user not in it", session("elm.desk"), 404),
                new Case("SEA's front desk", session("sea.desk"), 403),
                new Case("SEA's property admin", session("sea.admin"), 403),
                new Case("anonymous", null, 303),
                new Case("a forged cookie", PageGate.COOKIE + "=" + "x".repeat(43), 303),
                new Case("an API token as a cookie", PageGate.COOKIE + "=" + westAdmin, 303));
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("/groups/WEST", "/groups/WEST/properties/SEA/downtime-pack.pdf")) {
            for (Case c : cases) {
                tests.add(DynamicTest.dynamicTest(path + " by " + c.who() + " → " + c.status(), () -> {
                    var answer = page(path, c.cookie());
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(c.status());
                    if (c.status() == 303) {
                        assertThat(answer.headers().firstValue("location"))
                                .hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
                    } else {
                        assertThat(answer.body()).doesNotContain("Seaborne").doesNotContain("SEA front desk PC");
                    }
                }));
            }
        }
        // A property that is not in the group is not found, even for the group's admin.
        tests.add(DynamicTest.dynamicTest(
                "ELM's downtime pack through WEST → 404",
                () -> assertThat(page("/groups/WEST/properties/ELM/downtime-pack.pdf", session(WEST_ADMIN))
                                .statusCode())
                        .isEqualTo(404)));
        return tests.stream();
    }

    @Test
    void theDowntimePackOfAPropertyNamesItAndItsGuestsInHouse() throws Exception {
        var pdf = browser.send(
                HttpRequest.newBuilder(server.getURI().resolve("/groups/WEST/properties/SEA/downtime-pack.pdf"))
                        .header("Cookie", session(WEST_ADMIN))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).contains("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains("Hotel SEA")
                .contains("Downtime pack")
                .contains("Business date " + NEXT_DAY)
                .contains("Seaborne, Guest")
                .contains("20.00");
        assertThat(text).doesNotContain("Oakley");
    }

    /** The page cookie of a fresh login to the cloud's pages, as the browser sends it. */
    private String session(String username) {
        String password = username.equals("support") ? SUPPORT_PASSWORD : TestHotel.PASSWORD;
        var pages = new PageBrowser(server.getURI());
        assertThat(pages.logIn(username, password).statusCode())
                .as("login of " + username)
                .isEqualTo(303);
        return PageGate.COOKIE + "=" + pages.cookie(PageGate.COOKIE);
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The texts of an array; an empty array is left out of the answer, as everywhere in the API. */
    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }

    private long auditCount() {
        return rowCounts().get("AUDIT_ENTRY");
    }

    private List<String> auditActions() {
        List<String> actions = new ArrayList<>();
        try (Connection c = database.connect();
                PreparedStatement ps = c.prepareStatement("SELECT ACTION_NAME FROM AUDIT_ENTRY WHERE ACTOR = ?")) {
            ps.setString(1, "support");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
