package app.innkeep.cloud.letters;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.LetterTemplate;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The property's letters are kept in the cloud: every property has the standard three, its admin rewrites them, bad
 * input is refused naming the field and writes nothing, another property's letters cannot be reached, and every
 * change is a {@code letter-template.changed} event on the feed and in the snapshot a standby asks for.
 */
abstract class LetterTemplatesIT extends CloudIT {

    static final String WELCOME = "Dear {firstName},\nroom {room} is ready for you on {arrival}.\n\n{clerk}";

    Api api;
    String support;
    TestHotel sea;
    TestHotel oak;

    @BeforeAll
    void openHotels() {
        api = api();
        support = supportToken();
        sea = TestHotel.open(api, support, "LSEA", "2026-03-10");
        oak = TestHotel.open(api, support, "LOAK", "2026-03-10");
    }

    @Test
    void aNewPropertyHasTheThreeStandardLettersWithTheirStandardText() {
        var list = ok(api.get(sea.desk, sea.path("/letter-templates")));

        assertThat(names(list.json())).contains("cancellation", "confirmation", "receipt");
        var receipt = ok(api.get(sea.admin, sea.path("/letter-templates/receipt")));
        assertThat(receipt.text("body"))
                .isEqualTo(LetterTemplate.standard("receipt").body());
        assertThat(receipt.json().get("standard").asBoolean()).isTrue();
        assertThat(receipt.text("updatedBy")).isEqualTo("innkeep");
    }

    @Test
    void theAdminRewritesTheConfirmationAndTheFeedCarriesItAndTheAuditTrailRecordsIt() {
        String credential = pair(sea);
        long head = head(sea, credential);

        var saved = ok(api.put(
                sea.admin,
                sea.path("/letter-templates/confirmation"),
                Map.of("title", "  Welcome to the Seaside ", "body", WELCOME.replace("\n", "\r\n"))));

        assertThat(saved.text("title")).isEqualTo("Welcome to the Seaside");
        assertThat(saved.text("body")).as("line breaks kept as LF").isEqualTo(WELCOME);
        assertThat(saved.text("updatedBy")).isEqualTo("lsea.admin");
        assertThat(ok(api.get(sea.desk, sea.path("/letter-templates/confirmation")))
                        .text("body"))
                .isEqualTo(WELCOME);
        assertThat(eventsAfter(sea, credential, head))
                .containsExactly(new LetterTemplateChanged("confirmation", "Welcome to the Seaside", WELCOME, false));
        var audit = ok(api.get(sea.admin, sea.path("/audit?subjectType=letter-template&subjectKey=confirmation")));
        assertThat(audit.json().get(0).get("action").asText()).isEqualTo("letter.updated");

        var again = ok(api.put(
                sea.admin,
                sea.path("/letter-templates/confirmation"),
                Map.of("title", "Welcome to the Seaside", "body", WELCOME)));
        assertThat(again.text("body")).isEqualTo(WELCOME);
        assertThat(eventsAfter(sea, credential, head))
                .as("the same text again changes nothing")
                .hasSize(1);
    }

    @Test
    void aLetterOfThePropertysOwnIsCreatedAndDeletedButAStandardOneIsNot() {
        String credential = pair(sea);
        long head = head(sea, credential);

        ok(api.put(
                sea.admin,
                sea.path("/letter-templates/spa-voucher"),
                Map.of("title", "Spa voucher", "body", "{guestName}: one massage, {propertyName}")));
        assertThat(names(ok(api.get(sea.admin, sea.path("/letter-templates"))).json()))
                .contains("spa-voucher");

        var standard = api.delete(sea.admin, sea.path("/letter-templates/receipt"));
        assertThat(standard.status()).as(standard.toString()).isEqualTo(409);
        assertThat(standard.isProblem()).isTrue();
        assertThat(standard.body()).contains("receipt");

        assertThat(api.delete(sea.admin, sea.path("/letter-templates/spa-voucher"))
                        .status())
                .isEqualTo(204);
        assertThat(api.get(sea.admin, sea.path("/letter-templates/spa-voucher")).status())
                .isEqualTo(404);
        assertThat(eventsAfter(sea, credential, head))
                .containsExactly(
                        new LetterTemplateChanged(
                                "spa-voucher", "Spa voucher", "{guestName}: one massage, {propertyName}", false),
                        new LetterTemplateChanged("spa-voucher", null, null, true));
    }

    @Test
    void aLetterMayNameAPlaceholderABookingLacks() {
        var saved = ok(api.put(
                oak.admin,
                oak.path("/letter-templates/cancellation"),
                Map.of("title", "Cancelled", "body", "Room {room}, reason {cancelReason}, balance {balance}")));

        assertThat(saved.text("body")).contains("{cancelReason}");
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String path = "/letter-templates/confirmation";
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {
            "an unknown placeholder", path, body("Hi", "Dear {firstName} {roomNumber}"), 400, "body", "{roomNumber}"
        });
        cases.add(new Object[] {"no title", path, body(null, "Dear {firstName}"), 400, "title", null});
        cases.add(new Object[] {"a blank title", path, body("  ", "Dear {firstName}"), 400, "title", null});
        cases.add(new Object[] {"a title too long", path, body("x".repeat(121), "Dear"), 400, "title", null});
        cases.add(new Object[] {"a title of two lines", path, body("Dear\nGuest", "Dear"), 400, "title", null});
        cases.add(new Object[] {"no body", path, body("Hi", null), 400, "body", null});
        cases.add(new Object[] {"a body too long", path, body("Hi", "x".repeat(8001)), 400, "body", null});
        cases.add(new Object[] {
            "a card number in the body", path, body("Hi", "Pay with 4111 1111 1111 1111"), 400, "body", null
        });
        cases.add(new Object[] {"a body that is a number", path, Map.of("title", "Hi", "body", 42), 400, "body", null});
        cases.add(new Object[] {
            "an unknown field", path, Map.of("title", "Hi", "body", "Dear", "font", "Arial"), 400, "font", null
        });
        cases.add(new Object[] {"a name in capitals", "/letter-templates/Spa", body("Hi", "Dear"), 400, "name", null});
        cases.add(new Object[] {
            "a name too long", "/letter-templates/" + "a".repeat(41), body("Hi", "Dear"), 400, "name", null
        });
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
                    var before = tableContents();

                    var refused = api.put(sea.admin, sea.path((String) c[1]), c[2]);

                    assertThat(refused.status()).as(refused.toString()).isEqualTo(c[3]);
                    assertThat(refused.isProblem()).as(refused.toString()).isTrue();
                    assertThat(refused.json().findValuesAsText("field"))
                            .as(refused.toString())
                            .contains((String) c[4]);
                    if (c[5] != null) {
                        assertThat(refused.body()).contains((String) c[5]);
                    }
                    assertThat(tableContents()).isEqualTo(before);
                }));
    }

    @Test
    void onlyThePropertyAdminWritesLetters() {
        var before = tableContents();
        var byDesk = api.put(sea.desk, sea.path("/letter-templates/confirmation"), body("Hi", "Dear"));
        var bySupport = api.put(support, sea.path("/letter-templates/confirmation"), body("Hi", "Dear"));

        assertThat(byDesk.status()).isEqualTo(403);
        assertThat(bySupport.status()).isEqualTo(403);
        assertThat(api.delete(sea.desk, sea.path("/letter-templates/confirmation"))
                        .status())
                .isEqualTo(403);
        assertThat(tableContents()).isEqualTo(before);
    }

    @Test
    void anotherPropertysLettersAnswerAsIfTheyDidNotExist() {
        var before = tableContents();

        assertThat(api.get(oak.admin, sea.path("/letter-templates")).status()).isEqualTo(404);
        assertThat(api.get(oak.admin, sea.path("/letter-templates/confirmation"))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(oak.admin, sea.path("/letter-templates/confirmation"), body("Hi", "Dear"))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(oak.admin, sea.path("/letter-templates/confirmation"))
                        .status())
                .isEqualTo(404);
        assertThat(tableContents()).isEqualTo(before);
    }

    @Test
    void theSnapshotCarriesTheLettersOnlyForAStandbyThatAsksForThem() {
        TestHotel snp = TestHotel.open(api, support, "LSNP", "2026-03-10");
        String credential = pair(snp);
        ok(api.put(snp.admin, snp.path("/letter-templates/receipt"), body("Your receipt", "Paid: {payments}")));

        List<SnapshotLine> asked = snapshot(snp, credential, "?letterTemplates=true");
        List<SnapshotLine> older = snapshot(snp, credential, "");

        var header = (SnapshotLine.Header) asked.getFirst();
        assertThat(header.counts()).containsEntry("letterTemplates", 3L);
        Map<String, LetterTemplateChanged> letters = new HashMap<>();
        asked.stream()
                .filter(SnapshotLine.LetterTemplate.class::isInstance)
                .map(l -> ((SnapshotLine.LetterTemplate) l).template())
                .forEach(t -> letters.put(t.name(), t));
        assertThat(letters).containsOnlyKeys("confirmation", "cancellation", "receipt");
        assertThat(letters.get("receipt"))
                .isEqualTo(new LetterTemplateChanged("receipt", "Your receipt", "Paid: {payments}", false));
        assertThat(older).noneMatch(SnapshotLine.LetterTemplate.class::isInstance);
        assertThat(((SnapshotLine.End) older.getLast()).counts()).containsEntry("letterTemplates", 0L);
    }

    @Test
    void aPropertyOpenedBeforeLettersWereKeptGetsTheStandardOnesAtStartUpOnce() throws SQLException {
        TestHotel old = TestHotel.open(api, support, "LOLD", "2026-03-10");
        ok(api.put(old.admin, old.path("/letter-templates/confirmation"), body("Ours", "Dear {guestName}")));
        try (Connection c = database.connect()) {
            c.createStatement()
                    .executeUpdate("DELETE FROM LETTER_TEMPLATE WHERE NAME <> 'confirmation' AND PROPERTY_ID = "
                            + "(SELECT ID FROM PROPERTY WHERE CODE = 'LOLD')");
        }

        var seeding = server.getApplicationContext().getBean(StandardLetters.class);
        assertThat(seeding.seedMissing()).isEqualTo(2);
        assertThat(seeding.seedMissing()).as("a second start writes nothing").isZero();

        assertThat(names(ok(api.get(old.admin, old.path("/letter-templates"))).json()))
                .containsExactly("cancellation", "confirmation", "receipt");
        assertThat(ok(api.get(old.admin, old.path("/letter-templates/confirmation")))
                        .text("title"))
                .as("a letter the property has is kept")
                .isEqualTo("Ours");
    }

    // ---- helpers ----

    static Map<String, Object> body(String title, String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (title != null) {
            m.put("title", title);
        }
        if (body != null) {
            m.put("body", body);
        }
        return m;
    }

    static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(l -> names.add(l.get("name").asText()));
        return names;
    }

    private String pair(TestHotel hotel) {
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Letters test")))
                .text("credential");
    }

    private long head(TestHotel hotel, String credential) {
        return ok(api.get(credential, hotel.path("/feed"))).json().get("head").asLong();
    }

    /** The letter events of the feed after {@code after}. */
    private List<PropertyEvent> eventsAfter(TestHotel hotel, String credential, long after) {
        var page = ok(api.get(credential, hotel.path("/feed?after=" + after)));
        List<PropertyEvent> events = new ArrayList<>();
        for (JsonNode e : page.json().get("events")) {
            var decoded = EventCodec.decode(e.toString());
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            PropertyEvent event = ((DecodeResult.Decoded) decoded).envelope().event();
            if (event instanceof LetterTemplateChanged) {
                events.add(event);
            }
        }
        return events;
    }

    private List<SnapshotLine> snapshot(TestHotel hotel, String credential, String query) {
        var answer = api.get(credential, hotel.path("/snapshot" + query));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<SnapshotLine> lines = new ArrayList<>();
        for (String text : answer.body().split("\n")) {
            lines.add(SnapshotCodec.decode(text));
        }
        return lines;
    }
}
