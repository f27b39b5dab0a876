package app.innkeep.cloud.standbydata;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a property lets its standby keep (issue 18): chosen over the API by its admin or support, honoured by the
 * snapshot and every feed page (fields absent, not blanked; old departures left out), and told to the standby as a
 * version it can compare.
 */
abstract class StandbyDataIT extends CloudIT {

    static final String TODAY = "2026-03-10";

    String support;

    @BeforeAll
    void support() {
        support = supportToken();
    }

    @Test
    void byDefaultTheSnapshotAndTheFeedCarryContactDetailsAndNotesAsBefore() throws Exception {
        TestHotel hotel = TestHotel.open(api(), support, "DEF", TODAY);
        String credential = pair(hotel);
        String confirmation = bookWithContact(hotel, "Keeper", "2026-03-12", "2026-03-14");

        var choice = ok(api().get(hotel.admin, hotel.path("/standby-data")));
        assertThat(choice.json().get("version").asLong()).isZero();
        assertThat(choice.json().get("historyDays").asInt()).isEqualTo(90);
        assertThat(choice.json().get("contactDetails").asBoolean()).isTrue();

        JsonNode booking = snapshotBooking(hotel, credential, confirmation);
        assertThat(booking.at("/guest/email").asText()).isEqualTo("keeper@example.com");
        assertThat(booking.at("/guest/phone").asText()).isEqualTo("+351 555 0100");
        assertThat(booking.get("notes").asText()).isEqualTo("Allergic to feathers");
        JsonNode page = feedPage(hotel, credential);
        assertThat(page.at("/kept/version").asLong()).isZero();
        JsonNode created = bookingEvent(page, confirmation);
        assertThat(created.at("/guest/email").asText()).isEqualTo("keeper@example.com");
        assertThat(created.get("notes").asText()).isEqualTo("Allergic to feathers");
    }

    @Test
    void underTheChoiceTheSnapshotAndEveryFeedPageLackTheFieldsAndOldDepartures() throws Exception {
        TestHotel hotel = TestHotel.open(api(), support, "CHO", TODAY);
        String credential = pair(hotel);
        String current = bookWithContact(hotel, "Current", "2026-03-12", "2026-03-14");
        String recent = departedOn(hotel, "Recent", "2026-02-25", "2026-02-27");
        String old = departedOn(hotel, "Old", "2026-01-02", "2026-01-05");

        var chosen = ok(api().put(
                        hotel.admin,
                        hotel.path("/standby-data"),
                        Map.of("historyDays", 30, "contactDetails", false, "notes", false)));
        assertThat(chosen.json().get("version").asLong()).isEqualTo(1);
        assertThat(chosen.json().get("chosenBy").asText()).isEqualTo("cho.admin");

        List<String> lines = snapshotLines(hotel, credential);
        // The header tells the choice (its own "notes": false); the rows after it are what must lack the fields.
        String snapshot = String.join("\n", lines.subList(1, lines.size()));
        assertThat(snapshot)
                .doesNotContain("\"email\"")
                .doesNotContain("\"phone\"")
                .doesNotContain("\"notes\"");
        assertThat(snapshot).doesNotContain("@example.com").doesNotContain("Allergic");
        var header = (SnapshotLine.Header) SnapshotCodec.decode(lines.getFirst());
        assertThat(header.kept().version()).isEqualTo(1);
        assertThat(header.kept().contactDetails()).isFalse();
        assertThat(header.historyFrom()).hasToString("2026-02-08");
        List<String> inSnapshot = lines.stream()
                .map(SnapshotCodec::decode)
                .filter(SnapshotLine.Booking.class::isInstance)
                .map(l -> ((SnapshotLine.Booking) l).booking().confirmation())
                .toList();
        assertThat(inSnapshot).contains(current, recent).doesNotContain(old);
        // A standby asking for more history than chosen gets the chosen days.
        assertThat(String.join("\n", snapshotLines(hotel, credential, "?historyDays=3660")))
                .doesNotContain("\"confirmation\":\"" + old + "\"");

        long head = -1;
        long cursor = 0;
        int pages = 0;
        while (cursor != head) {
            JsonNode page = ok(api().get(credential, hotel.path("/feed?after=" + cursor + "&limit=5")))
                    .json();
            String text = page.get("events").toString();
            assertThat(text)
                    .doesNotContain("\"email\"")
                    .doesNotContain("\"phone\"")
                    .doesNotContain("\"notes\"");
            assertThat(page.at("/kept/version").asLong()).isEqualTo(1);
            assertThat(page.at("/kept/historyDays").asInt()).isEqualTo(30);
            cursor = page.get("next").asLong();
            head = page.get("head").asLong();
            pages++;
        }
        assertThat(pages).as("several pages, each checked").isGreaterThan(2);
        // The booking events themselves are still there, with the guest's name.
        assertThat(bookingEvent(feedPage(hotel, credential), current)
                        .at("/guest/lastName")
                        .asText())
                .isEqualTo("Current");

        // Contact details on again, notes still off: the e-mail travels, the notes do not.
        ok(api().put(
                        hotel.admin,
                        hotel.path("/standby-data"),
                        Map.of("historyDays", 30, "contactDetails", true, "notes", false)));
        JsonNode again = bookingEvent(feedPage(hotel, credential), current);
        assertThat(again.at("/guest/email").asText()).isEqualTo("current@example.com");
        assertThat(again.has("notes")).isFalse();
    }

    @Test
    void theAdminOrSupportChoosesItIsAuditedWithWhoAndTheSameChoiceAgainChangesNothing() {
        Api api = api();
        TestHotel hotel = TestHotel.open(api, support, "AUD", TODAY);
        Map<String, Object> choice = Map.of("historyDays", 45, "contactDetails", false, "notes", true);

        assertThat(ok(api.put(hotel.admin, hotel.path("/standby-data"), choice))
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(api.put(hotel.admin, hotel.path("/standby-data"), choice))
                        .json()
                        .get("version")
                        .asLong())
                .as("the same choice again is no new version")
                .isEqualTo(1);
        var bySupport = ok(api.put(
                support,
                hotel.path("/standby-data"),
                Map.of("historyDays", 45, "contactDetails", true, "notes", true)));
        assertThat(bySupport.json().get("version").asLong()).isEqualTo(2);
        assertThat(bySupport.json().get("chosenBy").asText()).isEqualTo("support");

        var trail = ok(api.get(hotel.admin, hotel.path("/audit?subjectType=standby-data")))
                .json();
        List<String> who = new ArrayList<>();
        trail.forEach(
                e -> who.add(e.get("actor").asText() + " " + e.get("action").asText()));
        assertThat(who).containsExactly("support standby-data.chosen", "aud.admin standby-data.chosen");
    }

    @Test
    void onlyThePropertysAdminAndSupportMayReadOrChooseIt() {
        Api api = api();
        TestHotel sea = TestHotel.open(api, support, "SEE", TODAY);
        TestHotel oak = TestHotel.open(api, support, "OKK", TODAY);
        Map<String, Object> choice = Map.of("historyDays", 30, "contactDetails", false, "notes", false);
        var before = tableContents();

        for (String token : List.of(oak.admin, oak.desk)) {
            assertThat(api.get(token, sea.path("/standby-data")).status()).isEqualTo(404);
            var put = api.put(token, sea.path("/standby-data"), choice);
            assertThat(put.status()).isEqualTo(404);
            assertThat(put.isProblem()).isTrue();
        }
        for (String token : List.of(sea.desk, sea.auditor, sea.channel)) {
            assertThat(api.get(token, sea.path("/standby-data")).status()).isEqualTo(403);
            var put = api.put(token, sea.path("/standby-data"), choice);
            assertThat(put.status()).isEqualTo(403);
            assertThat(put.isProblem()).isTrue();
        }
        assertThat(api.put(null, sea.path("/standby-data"), choice).status()).isEqualTo(401);
        assertThat(tableContents()).as("no row changed, no audit entry").isEqualTo(before);
        assertThat(ok(api.get(sea.admin, sea.path("/standby-data")))
                        .json()
                        .get("version")
                        .asLong())
                .as("nothing was chosen by the refused calls")
                .isZero();
        assertThat(api.get(support, "/api/v1/properties/NOPE/standby-data").status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        Api api = api();
        TestHotel hotel = TestHotel.open(api, support, "BAD", TODAY);
        record Case(Object body, String field) {}
        var before = tableContents();
        Map<String, Object> unknownField = new LinkedHashMap<>();
        unknownField.put("historyDays", 30);
        unknownField.put("contactDetails", false);
        unknownField.put("notes", false);
        unknownField.put("contactDetail", true);
        for (Case c : List.of(
                new Case(Map.of("historyDays", 6, "contactDetails", false, "notes", false), "historyDays"),
                new Case(Map.of("historyDays", 731, "contactDetails", false, "notes", false), "historyDays"),
                new Case(Map.of("historyDays", "thirty", "contactDetails", false, "notes", false), "historyDays"),
                new Case(Map.of("historyDays", 30.5, "contactDetails", false, "notes", false), "historyDays"),
                new Case(Map.of("historyDays", 30, "contactDetails", "no", "notes", false), "contactDetails"),
                new Case(Map.of("historyDays", 30, "notes", false), "contactDetails"),
                new Case(Map.of("contactDetails", false, "notes", false), "historyDays"),
                new Case(unknownField, "contactDetail"))) {
            var answer = api.put(hotel.admin, hotel.path("/standby-data"), c.body());
            assertThat(answer.status()).as("%s: %s", c.body(), answer).isEqualTo(400);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.body()).as(answer.toString()).contains(c.field());
        }
        var broken = api.sendRaw(
                "PUT",
                hotel.path("/standby-data"),
                hotel.admin,
                "{\"historyDays\":",
                Map.of("Content-Type", "application/json"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.isProblem()).isTrue();
        assertThat(tableContents()).as("no row changed, no audit entry").isEqualTo(before);
        assertThat(ok(api.get(hotel.admin, hotel.path("/standby-data")))
                        .json()
                        .get("version")
                        .asLong())
                .isZero();
    }

    private String pair(TestHotel hotel) {
        ok(api().put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api().post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Data choices test")))
                .text("credential");
    }

    private String bookWithContact(TestHotel hotel, String lastName, String arrival, String departure) {
        Map<String, Object> booking = new LinkedHashMap<>(hotel.booking(lastName, arrival, departure, null));
        booking.put(
                "guest",
                Map.of(
                        "firstName",
                        "Guest",
                        "lastName",
                        lastName,
                        "email",
                        lastName.toLowerCase() + "@example.com",
                        "phone",
                        "+351 555 0100"));
        booking.put("notes", "Allergic to feathers");
        return ok(api().post(hotel.desk, hotel.path("/bookings"), booking)).text("confirmation");
    }

    /** A booking with contact details, cancelled, and moved into the past in the database (no API books the past). */
    private String departedOn(TestHotel hotel, String lastName, String arrival, String departure) throws Exception {
        String confirmation = bookWithContact(hotel, lastName, "2026-04-01", "2026-04-03");
        ok(api().post(hotel.desk, hotel.path("/bookings/" + confirmation + "/cancel"), Map.of("reason", "test")));
        try (Connection c = database.connect();
                PreparedStatement move =
                        c.prepareStatement("UPDATE BOOKING SET ARRIVAL = ?, DEPARTURE = ? WHERE CONFIRMATION = ?"
                                + " AND PROPERTY_ID = (SELECT ID FROM PROPERTY WHERE CODE = ?)")) {
            move.setDate(1, java.sql.Date.valueOf(arrival));
            move.setDate(2, java.sql.Date.valueOf(departure));
            move.setString(3, confirmation);
            move.setString(4, hotel.code);
            assertThat(move.executeUpdate()).isEqualTo(1);
        }
        return confirmation;
    }

    private List<String> snapshotLines(TestHotel hotel, String credential) {
        return snapshotLines(hotel, credential, "");
    }

    private List<String> snapshotLines(TestHotel hotel, String credential, String query) {
        var answer = api().get(credential, hotel.path("/snapshot" + query));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return List.of(answer.body().split("\n"));
    }

    private JsonNode snapshotBooking(TestHotel hotel, String credential, String confirmation) throws Exception {
        for (String line : snapshotLines(hotel, credential)) {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if ("booking".equals(node.path("section").asText())
                    && confirmation.equals(node.path("confirmation").asText())) {
                return node;
            }
        }
        throw new AssertionError("booking " + confirmation + " not in the snapshot");
    }

    private JsonNode feedPage(TestHotel hotel, String credential) {
        return ok(api().get(credential, hotel.path("/feed?after=0&limit=1000"))).json();
    }

    private static JsonNode bookingEvent(JsonNode page, String confirmation) {
        for (JsonNode event : page.get("events")) {
            JsonNode booking = event.at("/data/booking");
            if (confirmation.equals(booking.path("confirmation").asText())) {
                return booking;
            }
        }
        throw new AssertionError("no event of booking " + confirmation);
    }
}
