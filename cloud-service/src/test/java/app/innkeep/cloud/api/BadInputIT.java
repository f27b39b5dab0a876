package app.innkeep.cloud.api;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint that takes input, fed what a careless client, a buggy channel or a curious user sends: missing and
 * mistyped fields, impossible dates, amounts out of range, over-long text, unknown IDs, broken JSON, huge bodies, the
 * wrong content type, and card numbers where only the last four digits belong. Each must be refused with a 4xx
 * problem+json that names the field at fault, in the API's words (never a Java class or a parser feature), and must
 * change nothing: not a row, not a value, not an audit entry or a feed event. {@link #inventory()} reads as the API's
 * list of input rules; a new endpoint is one {@code endpoint(...)} with its cases, and gets the transport cases (strict
 * JSON, card-data fields) for free; {@link #freeText} sends every text rule to every free-text field listed.
 */
abstract class BadInputIT extends CloudIT {

    static final String TODAY = "2026-03-10";
    /** A Luhn-valid test card number. */
    static final String CARD = "4111111111111111";

    static final String BAD_DATE = "2026-13-45";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Stands for a new random key in each request sent. */
    static final String FRESH_KEY = "<fresh>";

    /** Written with every non-ASCII character escaped, so a lone surrogate reaches the server as {@code \ud800}. */
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** Words of the implementation that a problem shown to a caller must never contain. */
    static final List<String> IMPLEMENTATION_WORDS =
            List.of("JsonReadFeature", "Exception", "app.innkeep", "com.fasterxml", "io.micronaut", "Request", "java.");

    /**
     * Text no free-text field may keep: a lone surrogate (made every snapshot of a property fail), NUL (500 on
     * PostgreSQL), other control characters, a line break where one line belongs, a card number.
     */
    enum BadText {
        LONE_SURROGATE("\ud800Web"),
        NUL("Ana\u0000Maria"),
        ESCAPE("Ana\u001b[31m"),
        DELETE("Ana\u007f"),
        C1_CONTROL("Ana\u0085Maria"),
        LINE_BREAK("Ana\nMaria"),
        CARD_NUMBER("Ana 4111 1111 1111 1111");

        final String text;

        BadText(String text) {
            this.text = text;
        }
    }

    /** Whether a field is one line of text, several lines, or a secret (hashed, never shown). */
    enum TextField {
        LINE,
        LINES,
        SECRET
    }

    TestHotel sea;
    /** Arrives today, no room yet: a valid cancel, check-in or change would succeed. */
    String reserved;
    /** Checked in to room 101 with a balanced folio: a valid check-out, void or refund would succeed. */
    String inHouse;

    long guestId;
    long chargeLine;
    long paymentLine;
    /** A paired standby's device credential, for the re-entry API. */
    String device;

    @BeforeAll
    void openHotelWithABookingInEveryState() {
        Api api = api();
        sea = TestHotel.open(api, supportToken(), "SEA", TODAY);
        var created = ok(api.post(sea.desk, sea.path("/bookings"), sea.booking("Reyes", TODAY, "2026-03-12", null)));
        reserved = created.text("confirmation");
        guestId = created.json().at("/guest/id").asLong();
        inHouse = sea.book("Okafor", TODAY, "2026-03-13", "101");
        ok(api.post(sea.desk, sea.path("/bookings/" + inHouse + "/check-in"), Map.of()));
        chargeLine = ok(api.post(sea.desk, folio(inHouse, "/charges"), Map.of("item", "PARKING")))
                .json()
                .get("id")
                .asLong();
        paymentLine = ok(api.post(
                        sea.desk,
                        folio(inHouse, "/payments"),
                        Map.of("receiptType", "CASH", "amount", new BigDecimal("20.00"))))
                .json()
                .get("id")
                .asLong();
        String support = supportToken();
        ok(api.put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api.post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        device = ok(api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Front desk PC")))
                .text("credential");
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithAProblemAndChangesNothing() {
        return inventory().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    /**
     * The check behind every case compares content, not row counts: a change that adds no row (an update whose audit
     * entry is missing, say) must show.
     */
    @Test
    void theNothingChangedCheckSeesAnUpdateThatAddsNoRow() {
        var contents = tableContents();
        var counts = rowCounts();

        Map<String, Object> renamed = new LinkedHashMap<>(guestDetails());
        renamed.put("lastName", "Reyes-" + UUID.randomUUID().toString().substring(0, 8));
        ok(api().put(sea.desk, sea.path("/guests/" + guestId), renamed));

        assertThat(rowCounts().get("GUEST")).isEqualTo(counts.get("GUEST"));
        assertThat(tableContents().get("GUEST")).isNotEqualTo(contents.get("GUEST"));
    }

    @Test
    void theLongestReasonsAllowedAreKeptInFull() {
        Api api = api();
        String conf = sea.book("Lindqvist", TODAY, "2026-03-11", null);
        String charge = ok(api.post(sea.desk, folio(conf, "/charges"), Map.of("item", "PARKING")))
                .text("id");
        String payment = ok(api.post(
                        sea.desk,
                        folio(conf, "/payments"),
                        Map.of("receiptType", "CASH", "amount", new BigDecimal("5"))))
                .text("id");

        var voided =
                ok(api.post(sea.desk, folio(conf, "/charges/" + charge + "/void"), Map.of("reason", "v".repeat(194))));
        var refunded = ok(
                api.post(sea.desk, folio(conf, "/payments/" + payment + "/refund"), Map.of("reason", "r".repeat(192))));

        assertThat(voided.text("description")).hasSize(200).endsWith("v".repeat(194));
        assertThat(refunded.text("description")).hasSize(200).endsWith("r".repeat(192));
    }

    /**
     * The cases, area by area. Each endpoint is declared with a valid body and the role allowed to call it, so a
     * case is refused only for what it changes; {@link Endpoint#cases} adds the transport cases to every endpoint
     * that takes a body.
     */
    List<Case> inventory() {
        return Stream.of(
                        loginAndProperties(),
                        staff(),
                        masterData(),
                        letters(),
                        rooms(),
                        guests(),
                        bookings(),
                        folios(),
                        nightAudit(),
                        onlineBookings(),
                        pairing(),
                        reentry(),
                        freeTextEverywhere(),
                        queriesAndPaths(),
                        strictNumbersAndCodes(),
                        bookingHorizon())
                .flatMap(List::stream)
                .toList();
    }

    private List<Case> loginAndProperties() {
        List<Case> cases = new ArrayList<>();
        var login = endpoint("POST", "/api/v1/login", null, Map.of("username", "nobody.here", "password", "p4ssw0rd!"));
        cases.addAll(login.cases(
                login.without("username").answers(400, "username"),
                login.without("password").answers(400, "password"),
                login.with("username", List.of("a", "b")).answers(400, "username")));

        var openProperty = endpoint("POST", "/api/v1/admin/properties", supportToken(), newProperty());
        cases.addAll(openProperty.cases(
                openProperty.without("code").answers(400, "code"),
                openProperty.with("code", "oak").answers(400, "code"),
                openProperty.with("code", "TOOLONGCODE").answers(400, "code"),
                openProperty.with("name", "x".repeat(121)).answers(400, "name"),
                openProperty.with("timeZone", "Mars/Olympus_Mons").answers(400, "timeZone"),
                openProperty.with("currency", "eur").answers(400, "currency"),
                openProperty.with("currency", "ABC").answers(400, "currency"),
                openProperty.with("businessDate", BAD_DATE).answers(400, "businessDate"),
                openProperty.with("businessDate", "tomorrow").answers(400, "businessDate"),
                openProperty.without("admin").answers(400, "admin"),
                openProperty.with("admin.username", "Oak Admin").answers(400, "admin.username"),
                openProperty.with("admin.password", "short").answers(400, "admin.password"),
                openProperty.with("code", "SEA").answers(409, "code"),
                openProperty.with("admin.username", "sea.admin").answers(409, "admin.username")));

        cases.add(endpoint("GET", "/api/v1/properties/NOPE", sea.desk, null).answers(404, null));
        cases.add(endpoint("GET", sea.path("/nothing-here"), sea.desk, null).answers(404, null));
        return cases;
    }

    private List<Case> staff() {
        List<Case> cases = new ArrayList<>();
        var create = endpoint("POST", sea.path("/users"), sea.admin, newUser());
        cases.addAll(create.cases(
                create.without("username").answers(400, "username"),
                create.with("username", "Sea.Night").answers(400, "username"),
                create.with("username", "ab").answers(400, "username"),
                create.with("username", "u".repeat(61)).answers(400, "username"),
                create.with("displayName", "x".repeat(121)).answers(400, "displayName"),
                create.without("role").answers(400, "role"),
                create.with("role", "KING").answers(400, "role"),
                create.with("role", "SUPPORT").answers(400, "role"),
                create.with("password", "short").answers(400, "password"),
                create.with("username", "sea.desk").answers(409, "username")));

        var update = endpoint(
                "PUT",
                sea.path("/users/sea.desk"),
                sea.admin,
                Map.of("displayName", "Desk SEA", "role", "FRONT_DESK", "active", true));
        cases.addAll(update.cases(
                update.without("active").answers(400, "active"),
                update.with("active", "yes").answers(400, "active"),
                update.with("active", 0).answers(400, "active"),
                update.with("role", "SUPPORT").answers(400, "role"),
                update.with("displayName", " ").answers(400, "displayName"),
                update.at(sea.path("/users/nobody.here")).answers(404, null),
                update.at(sea.path("/users/" + "u".repeat(80))).answers(404, null),
                update.at(sea.path("/users/sea.admin"))
                        .with("role", "FRONT_DESK")
                        .answers(422, "role")));
        return cases;
    }

    private List<Case> letters() {
        List<Case> cases = new ArrayList<>();
        var letter = endpoint(
                "PUT",
                sea.path("/letter-templates/confirmation"),
                sea.admin,
                Map.of("title", "Welcome", "body", "Dear {firstName},\nsee you on {arrival}."));
        cases.addAll(letter.cases(
                letter.without("title").answers(400, "title"),
                letter.with("title", " ").answers(400, "title"),
                letter.with("title", "x".repeat(121)).answers(400, "title"),
                letter.with("title", 7).answers(400, "title"),
                letter.without("body").answers(400, "body"),
                letter.with("body", "x".repeat(8001)).answers(400, "body"),
                letter.with("body", "Dear {firstName} in {roomNumber}").answers(400, "body"),
                letter.with("body", List.of("Dear", "Guest")).answers(400, "body"),
                letter.with("font", "Arial").answers(400, "font"),
                letter.at(sea.path("/letter-templates/Confirmation")).answers(400, "name"),
                letter.at(sea.path("/letter-templates/" + "a".repeat(41))).answers(400, "name")));
        var delete = endpoint("DELETE", sea.path("/letter-templates/receipt"), sea.admin, null);
        cases.addAll(delete.cases(
                delete.answers(409, "name"),
                delete.at(sea.path("/letter-templates/no-such-letter")).answers(404, null)));
        return cases;
    }

    private List<Case> masterData() {
        List<Case> cases = new ArrayList<>();
        var source = endpoint(
                "POST", sea.path("/master-data/sources"), sea.admin, Map.of("code", "PHONE", "description", "Phone"));
        cases.addAll(source.cases(
                source.with("code", "phone").answers(400, "code"),
                source.with("code", "C".repeat(13)).answers(400, "code"),
                source.without("description").answers(400, "description"),
                source.with("description", "x".repeat(121)).answers(400, "description"),
                source.with("code", "WEB").answers(409, "code"),
                source.at(sea.path("/master-data/channels")).answers(404, null)));

        var roomType = newRoomType();
        cases.addAll(List.of(
                roomType.without("maxOccupancy").answers(400, "maxOccupancy"),
                roomType.with("maxOccupancy", 0).answers(400, "maxOccupancy"),
                roomType.with("maxOccupancy", "three").answers(400, "maxOccupancy"),
                roomType.with("maxOccupancy", 2.5).answers(400, "maxOccupancy"),
                roomType.with("defaultPrice", new BigDecimal("-1.00")).answers(400, "defaultPrice"),
                roomType.with("defaultPrice", new BigDecimal("100000000.00")).answers(400, "defaultPrice"),
                roomType.with("defaultPrice", new BigDecimal("1.234")).answers(400, "defaultPrice")));

        var receiptType = endpoint(
                "POST",
                sea.path("/master-data/receipt-types"),
                sea.admin,
                Map.of("code", "AMEX", "description", "Amex", "card", true));
        cases.add(receiptType.with("card", "yes").answers(400, "card"));

        var update = endpoint(
                "PUT",
                sea.path("/master-data/inventory-items/MINIBAR"),
                sea.admin,
                Map.of("description", "Minibar", "defaultPrice", new BigDecimal("6.00"), "active", true));
        cases.addAll(update.cases(
                update.without("active").answers(400, "active"),
                update.with("active", "no").answers(400, "active"),
                update.with("defaultPrice", new BigDecimal("-6.00")).answers(400, "defaultPrice"),
                update.with("description", "").answers(400, "description"),
                update.at(sea.path("/master-data/inventory-items/NOPE")).answers(404, null),
                update.at(sea.path("/master-data/inventory-items/minibar")).answers(404, null),
                update.at(sea.path("/master-data/inventory-items/" + "C".repeat(40)))
                        .answers(404, null),
                update.at(sea.path("/master-data/inventory-items/RENT"))
                        .with("active", false)
                        .answers(422, "active")));

        var delete = endpoint("DELETE", sea.path("/master-data/sources/NOPE"), sea.admin, null);
        cases.addAll(List.of(
                delete.answers(404, null),
                delete.at(sea.path("/master-data/channels/WEB")).answers(404, null),
                delete.at(sea.path("/master-data/sources/WEB")).answers(409, null),
                delete.at(sea.path("/master-data/inventory-items/RENT")).answers(409, null)));
        cases.add(endpoint("GET", sea.path("/master-data/sources/NOPE"), sea.desk, null)
                .answers(404, null));
        return cases;
    }

    private List<Case> rooms() {
        List<Case> cases = new ArrayList<>();
        var create = endpoint("POST", sea.path("/rooms"), sea.admin, Map.of("number", "401", "roomType", "STE"));
        cases.addAll(create.cases(
                create.without("number").answers(400, "number"),
                create.with("number", "a1").answers(400, "number"),
                create.with("number", "1".repeat(13)).answers(400, "number"),
                create.without("roomType").answers(400, "roomType"),
                create.with("roomType", "ste").answers(400, "roomType"),
                create.with("roomType", "PENTHOUSE").answers(400, "roomType"),
                create.with("number", "101").answers(409, "number")));

        var update = endpoint("PUT", sea.path("/rooms/102"), sea.admin, Map.of("roomType", "STD", "active", true));
        cases.addAll(update.cases(
                update.without("active").answers(400, "active"),
                update.with("active", "yes").answers(400, "active"),
                update.with("roomType", "NOPE").answers(400, "roomType"),
                update.at(sea.path("/rooms/999")).answers(404, null),
                update.at(sea.path("/rooms/" + "9".repeat(40))).answers(404, null)));

        var status = endpoint(
                "PUT",
                sea.path("/rooms/103/status"),
                sea.desk,
                Map.of("housekeeping", "INSPECTED", "outOfOrder", false));
        cases.addAll(status.cases(
                status.with("housekeeping", "SPARKLING").answers(400, "housekeeping"),
                status.with("housekeeping", "clean").answers(400, "housekeeping"),
                status.without("outOfOrder").answers(400, "outOfOrder"),
                status.with("outOfOrder", "false").answers(400, "outOfOrder"),
                status.at(sea.path("/rooms/999/status")).answers(404, null)));
        cases.add(endpoint("GET", sea.path("/rooms/999"), sea.desk, null).answers(404, null));
        return cases;
    }

    private List<Case> guests() {
        List<Case> cases = new ArrayList<>();
        var search = endpoint("GET", sea.path("/guests"), sea.desk, null);
        cases.addAll(
                List.of(search.answers(400, "name"), search.query("name=%20").answers(400, "name")));

        var update = endpoint("PUT", sea.path("/guests/" + guestId), sea.desk, guestDetails());
        cases.addAll(update.cases(
                update.without("firstName").answers(400, "firstName"),
                update.with("lastName", "x".repeat(81)).answers(400, "lastName"),
                update.with("email", "not-an-email").answers(400, "email"),
                update.with("phone", "call me").answers(400, "phone"),
                update.with("lastName", "Reyes " + CARD).answers(400, "lastName"),
                update.with("phone", "4111 1111 1111 1111").answers(400, "phone"),
                update.at(sea.path("/guests/999999")).answers(404, null),
                update.at(sea.path("/guests/abc")).answers(400, "id")));
        cases.add(endpoint("GET", sea.path("/guests/999999"), sea.desk, null).answers(404, null));
        return cases;
    }

    private List<Case> bookings() {
        List<Case> cases = new ArrayList<>();
        var search = endpoint("GET", sea.path("/bookings"), sea.desk, null);
        cases.addAll(List.of(
                search.query("status=BOGUS").answers(400, "status"),
                search.query("arrival=" + BAD_DATE).answers(400, "arrival"),
                search.query("departure=tomorrow").answers(400, "departure"),
                search.query("inHouseOn=2026-02-30").answers(400, "inHouseOn"),
                search.query("offset=-1").answers(400, "offset"),
                search.query("limit=0").answers(400, "limit"),
                search.query("limit=201").answers(400, "limit"),
                search.query("limit=ten").answers(400, "limit")));
        cases.add(endpoint("GET", sea.path("/bookings/999999"), sea.desk, null).answers(404, null));
        cases.add(endpoint("GET", sea.path("/bookings/" + "9".repeat(40)), sea.desk, null)
                .answers(404, null));
        cases.add(endpoint("DELETE", sea.path("/bookings/" + reserved), sea.desk, null)
                .answers(405, null));

        var availability = endpoint("GET", sea.path("/availability"), sea.desk, null);
        cases.addAll(List.of(
                availability.query("to=2026-03-12").answers(400, "from"),
                availability.query("from=2026-03-10").answers(400, "to"),
                availability.query("from=" + BAD_DATE + "&to=2026-03-12").answers(400, "from"),
                availability.query("from=2026-03-12&to=2026-03-10").answers(400, "to"),
                availability.query("from=2026-03-10&to=2026-06-11").answers(400, "to"),
                availability
                        .query("from=2026-03-10&to=2026-03-12&roomType=NOPE")
                        .answers(400, "roomType"),
                availability.query("from=2026-03-10&to=2026-03-12&roomType=std").answers(400, "roomType")));

        var create = endpoint(
                "POST", sea.path("/bookings"), sea.desk, sea.booking("Costa", "2026-04-01", "2026-04-03", null));
        for (String required : List.of("source", "roomType", "arrival", "departure", "adults", "rate")) {
            cases.add(create.without(required).answers(400, required));
        }
        cases.addAll(create.cases(
                create.with("adults", "two").answers(400, "adults"),
                create.with("adults", 1.5).answers(400, "adults"),
                create.with("adults", 1e10).answers(400, "adults"),
                create.with("adults", 0).answers(400, "adults"),
                create.with("adults", 21).answers(400, "adults"),
                create.with("adults", 3).answers(400, "adults"),
                create.with("children", -1).answers(400, "children"),
                create.with("children", "none").answers(400, "children"),
                create.with("children", 0.5).answers(400, "children"),
                create.with("arrival", BAD_DATE).answers(400, "arrival"),
                create.with("departure", "2026-04-31").answers(400, "departure"),
                create.with("departure", "2026-03-31").answers(400, "departure"),
                create.with("departure", "2027-04-02").answers(400, "departure"),
                create.with("arrival", "2026-03-09").answers(400, "arrival"),
                create.with("rate", new BigDecimal("-1.00")).answers(400, "rate"),
                create.with("rate", new BigDecimal("100000000.00")).answers(400, "rate"),
                create.with("rate", new BigDecimal("100.001")).answers(400, "rate"),
                create.with("rate", "cheap").answers(400, "rate"),
                create.with("source", "web").answers(400, "source"),
                create.with("source", "NOPE").answers(400, "source"),
                create.with("source", "S".repeat(200)).answers(400, "source"),
                create.with("roomType", "std").answers(400, "roomType"),
                create.with("roomType", "PENTHOUSE").answers(400, "roomType"),
                create.with("room", "999").answers(400, "room"),
                create.with("room", "301").answers(400, "room"),
                create.with("room", "1".repeat(50)).answers(400, "room"),
                create.with("notes", "x".repeat(501)).answers(400, "notes"),
                create.with("notes", "card " + CARD + " exp 12/29").answers(400, "notes"),
                create.without("guest").answers(400, "guest"),
                create.with("guestId", guestId).answers(400, "guest"),
                create.without("guest").with("guestId", 999999).answers(400, "guestId"),
                create.without("guest").with("guestId", "abc").answers(400, "guestId"),
                create.without("guest").with("guestId", guestId + 0.5).answers(400, "guestId"),
                create.without("guest.lastName").answers(400, "guest.lastName"),
                create.with("guest.email", "not-an-email").answers(400, "guest.email"),
                create.with("guest.lastName", "Costa " + CARD).answers(400, "guest.lastName")));

        var change = endpoint("PATCH", sea.path("/bookings/" + reserved), sea.desk, Map.of("notes", "late arrival"));
        cases.addAll(change.cases(
                change.with("arrival", BAD_DATE).answers(400, "arrival"),
                change.with("departure", "2026-03-09").answers(400, "departure"),
                change.with("adults", 0).answers(400, "adults"),
                change.with("adults", "two").answers(400, "adults"),
                change.with("rate", new BigDecimal("-1")).answers(400, "rate"),
                change.with("roomType", "NOPE").answers(400, "roomType"),
                change.with("room", "999").answers(400, "room"),
                change.with("source", "NOPE").answers(400, "source"),
                change.with("notes", "x".repeat(501)).answers(400, "notes"),
                change.with("notes", "card " + CARD).answers(400, "notes"),
                change.with("guest", guestDetails()).with("guest.email", "nope").answers(400, "guest.email"),
                change.with("guest", guestDetails())
                        .with("guest.lastName", "Reyes " + CARD)
                        .answers(400, "guest.lastName"),
                change.at(sea.path("/bookings/999999")).answers(404, null)));

        var cancel = endpoint(
                "POST", sea.path("/bookings/" + reserved + "/cancel"), sea.desk, Map.of("reason", "guest called"));
        cases.addAll(cancel.cases(
                cancel.without("reason").answers(400, "reason"),
                cancel.with("reason", " ").answers(400, "reason"),
                cancel.with("reason", "x".repeat(201)).answers(400, "reason"),
                cancel.with("reason", "refund to " + CARD).answers(400, "reason"),
                cancel.at(sea.path("/bookings/999999/cancel")).answers(404, null)));

        var checkIn = endpoint(
                "POST", sea.path("/bookings/" + reserved + "/check-in"), sea.desk, Map.of("room", "102"), false);
        cases.addAll(checkIn.cases(
                checkIn.with("room", "999").answers(400, "room"),
                checkIn.with("room", "301").answers(400, "room"),
                checkIn.with("room", "1".repeat(40)).answers(400, "room"),
                checkIn.at(sea.path("/bookings/999999/check-in")).answers(404, null)));

        var checkOut = endpoint(
                "POST", sea.path("/bookings/" + inHouse + "/check-out"), sea.desk, Map.of("override", false), false);
        cases.addAll(checkOut.cases(
                checkOut.with("override", "yes").answers(400, "override"),
                checkOut.with("override", 1).answers(400, "override"),
                checkOut.at(sea.path("/bookings/999999/check-out")).answers(404, null)));

        cases.add(endpoint("POST", sea.path("/bookings/999999/no-show"), sea.desk, null)
                .answers(404, null));
        return cases;
    }

    private List<Case> folios() {
        List<Case> cases = new ArrayList<>();
        cases.add(endpoint("GET", folio("999999", ""), sea.desk, null).answers(404, null));

        var charge = endpoint("POST", folio(inHouse, "/charges"), sea.desk, Map.of("item", "MINIBAR", "quantity", 1));
        cases.addAll(charge.cases(
                charge.without("item").answers(400, "item"),
                charge.with("item", "minibar").answers(400, "item"),
                charge.with("item", "NOPE").answers(400, "item"),
                charge.with("item", "RENT").answers(400, "unitPrice"),
                charge.with("quantity", 0).answers(400, "quantity"),
                charge.with("quantity", -1).answers(400, "quantity"),
                charge.with("quantity", 10000).answers(400, "quantity"),
                charge.with("quantity", "two").answers(400, "quantity"),
                charge.with("unitPrice", new BigDecimal("-5.00")).answers(400, "unitPrice"),
                charge.with("unitPrice", new BigDecimal("100000000.00")).answers(400, "unitPrice"),
                charge.with("unitPrice", new BigDecimal("1.234")).answers(400, "unitPrice"),
                charge.with("quantity", new BigDecimal("9999.99"))
                        .with("unitPrice", new BigDecimal("99999999.99"))
                        .answers(400, "unitPrice"),
                charge.with("businessDate", BAD_DATE).answers(400, "businessDate"),
                charge.with("businessDate", "2026-03-11").answers(400, "businessDate"),
                charge.with("description", "x".repeat(201)).answers(400, "description"),
                charge.with("description", "paid with 4111 1111 1111 1111").answers(400, "description"),
                charge.at(folio("999999", "/charges")).answers(404, null)));

        var voidCharge = endpoint(
                "POST",
                folio(inHouse, "/charges/" + chargeLine + "/void"),
                sea.desk,
                Map.of("reason", "wrong guest"),
                false);
        cases.addAll(voidCharge.cases(
                voidCharge.with("reason", "x".repeat(195)).answers(400, "reason"),
                voidCharge.with("reason", "card " + CARD).answers(400, "reason"),
                voidCharge.at(folio(inHouse, "/charges/999999/void")).answers(404, null),
                voidCharge.at(folio(inHouse, "/charges/abc/void")).answers(400, "lineId"),
                voidCharge
                        .at(folio(reserved, "/charges/" + chargeLine + "/void"))
                        .answers(404, null),
                voidCharge
                        .at(folio(inHouse, "/charges/" + paymentLine + "/void"))
                        .answers(409, null)));

        var payment = endpoint(
                "POST",
                folio(inHouse, "/payments"),
                sea.desk,
                Map.of("receiptType", "CASH", "amount", new BigDecimal("10.00")));
        cases.addAll(payment.cases(
                payment.without("receiptType").answers(400, "receiptType"),
                payment.with("receiptType", "cash").answers(400, "receiptType"),
                payment.with("receiptType", "NOPE").answers(400, "receiptType"),
                payment.without("amount").answers(400, "amount"),
                payment.with("amount", new BigDecimal("0")).answers(400, "amount"),
                payment.with("amount", new BigDecimal("-10.00")).answers(400, "amount"),
                payment.with("amount", new BigDecimal("100000000.00")).answers(400, "amount"),
                payment.with("amount", new BigDecimal("10.001")).answers(400, "amount"),
                payment.with("amount", "ten").answers(400, "amount"),
                payment.with("cardNumber", CARD).answers(400, "cardNumber"),
                payment.with("cvv", "123").answers(400, "cvv"),
                payment.with("cardLast4", CARD).answers(400, "cardLast4"),
                payment.with("cardLast4", "12a4").answers(400, "cardLast4"),
                payment.with("cardToken", CARD).answers(400, "cardToken"),
                payment.with("cardToken", "tok_4111-1111-1111-1111").answers(400, "cardToken"),
                payment.with("cardToken", "t".repeat(65)).answers(400, "cardToken"),
                payment.with("receiptType", "VISA").answers(400, "cardLast4"),
                payment.with("description", "card " + CARD + " cvv 123").answers(400, "description"),
                payment.with("description", "x".repeat(201)).answers(400, "description"),
                payment.with("businessDate", "2026-03-11").answers(400, "businessDate"),
                payment.at(folio("999999", "/payments")).answers(404, null)));

        var refund = endpoint(
                "POST",
                folio(inHouse, "/payments/" + paymentLine + "/refund"),
                sea.desk,
                Map.of("amount", new BigDecimal("5.00"), "reason", "overpaid"),
                false);
        cases.addAll(refund.cases(
                refund.with("amount", new BigDecimal("1000.00")).answers(400, "amount"),
                refund.with("amount", new BigDecimal("0")).answers(400, "amount"),
                refund.with("amount", new BigDecimal("-5.00")).answers(400, "amount"),
                refund.with("amount", "five").answers(400, "amount"),
                refund.with("reason", "x".repeat(193)).answers(400, "reason"),
                refund.with("reason", "back to " + CARD).answers(400, "reason"),
                refund.at(folio(inHouse, "/payments/999999/refund")).answers(404, null),
                refund.at(folio(inHouse, "/payments/" + chargeLine + "/refund")).answers(409, null)));
        return cases;
    }

    private List<Case> nightAudit() {
        List<Case> cases = new ArrayList<>();
        var close = endpoint("POST", sea.path("/night-audit"), sea.auditor, Map.of("businessDate", TODAY));
        cases.addAll(close.cases(
                close.without("businessDate").answers(400, "businessDate"),
                close.with("businessDate", BAD_DATE).answers(400, "businessDate"),
                close.with("businessDate", "10/03/2026").answers(400, "businessDate"),
                close.with("businessDate", "2026-03-09").answers(409, "businessDate")));

        var trail = endpoint("GET", sea.path("/audit"), sea.auditor, null);
        cases.addAll(List.of(
                trail.query("limit=0").answers(400, "limit"),
                trail.query("limit=501").answers(400, "limit"),
                trail.query("limit=many").answers(400, "limit")));
        return cases;
    }

    private List<Case> onlineBookings() {
        var online = endpoint("POST", sea.path("/online-bookings"), sea.channel, onlineBooking())
                .header(IDEMPOTENCY_KEY, FRESH_KEY);
        return online.cases(
                online.withoutHeader(IDEMPOTENCY_KEY).answers(400, IDEMPOTENCY_KEY),
                online.withHeader(IDEMPOTENCY_KEY, "short").answers(400, IDEMPOTENCY_KEY),
                online.withHeader(IDEMPOTENCY_KEY, "has spaces in it").answers(400, IDEMPOTENCY_KEY),
                online.without("guest").answers(400, "guest"),
                online.without("guest.firstName").answers(400, "guest.firstName"),
                online.with("guest.lastName", "Costa " + CARD).answers(400, "guest.lastName"),
                online.with("arrival", BAD_DATE).answers(400, "arrival"),
                online.with("adults", "two").answers(400, "adults"),
                online.with("rate", new BigDecimal("-1")).answers(400, "rate"),
                online.with("source", "NOPE").answers(400, "source"),
                online.with("roomType", "std").answers(400, "roomType"),
                online.with("notes", "card " + CARD).answers(400, "notes"),
                online.without("deposit.amount").answers(400, "deposit.amount"),
                online.with("deposit.amount", new BigDecimal("-50.00")).answers(400, "deposit.amount"),
                online.with("deposit.receiptType", "NOPE").answers(400, "deposit.receiptType"),
                online.with("deposit.cardNumber", CARD).answers(400, "deposit.cardNumber"),
                online.with("deposit.cvv", "123").answers(400, "deposit.cvv"),
                online.with("deposit.cardLast4", CARD).answers(400, "deposit.cardLast4"),
                online.with("deposit.cardToken", CARD).answers(400, "deposit.cardToken"),
                online.with("deposit.cardToken", "tok 4111 1111 1111 1111").answers(400, "deposit.cardToken"));
    }

    private List<Case> pairing() {
        var pair = endpoint("POST", "/api/v1/pairing", null, Map.of("code", "K7QM-4XD2", "deviceName", "Desk PC"));
        return pair.cases(
                pair.with("deviceName", "PC of " + CARD).answers(400, "deviceName"),
                pair.with("deviceName", "x".repeat(81)).answers(400, "deviceName"),
                pair.without("code").answers(400, "code"));
    }

    private Endpoint reentryEntry() {
        return endpoint("POST", sea.path("/reentry/entries/" + UUID.randomUUID()), device, walkIn());
    }

    private List<Case> reentry() {
        var entry = reentryEntry();
        List<Case> cases = new ArrayList<>(entry.cases(
                entry.with("enteredBy", "anna " + CARD).answers(400, "enteredBy"),
                entry.with("booking.notes", "card " + CARD).answers(400, "booking.notes"),
                entry.with("line", Map.of("item", "MINIBAR", "cvc", "123")).answers(400, "line.cvc"),
                entry.with("line", Map.of("receiptType", "VISA", "cardNumber", CARD))
                        .answers(400, "line.cardNumber")));
        var verify = endpoint("POST", sea.path("/reentry/verify"), device, Map.of("entryIds", List.of()));
        cases.addAll(verify.cases(
                verify.with("entryIds", List.of("nope")).answers(400, "entryIds"),
                verify.with("bookings", List.of(CARD)).answers(400, "bookings[0]")));
        for (BadText bad : BadText.values()) {
            cases.add(verify.with("entryIds", List.of(UUID.randomUUID().toString(), bad.text))
                    .answers(400, "entryIds[1]"));
            cases.add(verify.with("bookings", List.of(bad.text)).answers(400, "bookings[0]"));
        }
        return cases;
    }

    /**
     * Every free-text field of every request, each sent every {@link BadText}. A new text field belongs here: what
     * breaks a snapshot, PostgreSQL, a printout or a log does not depend on which field the text came in.
     */
    private List<Case> freeTextEverywhere() {
        List<Case> cases = new ArrayList<>();
        var login = endpoint("POST", "/api/v1/login", null, Map.of("username", "nobody.here", "password", "p4ssw0rd!"));
        cases.addAll(freeText(login, TextField.LINE, "username"));
        cases.addAll(freeText(login, TextField.SECRET, "password"));

        var openProperty = endpoint("POST", "/api/v1/admin/properties", supportToken(), newProperty());
        cases.addAll(freeText(
                openProperty,
                TextField.LINE,
                "code",
                "name",
                "timeZone",
                "currency",
                "admin.username",
                "admin.displayName"));
        cases.addAll(freeText(openProperty, TextField.SECRET, "admin.password"));

        var newUser = endpoint("POST", sea.path("/users"), sea.admin, newUser());
        cases.addAll(freeText(newUser, TextField.LINE, "username", "displayName"));
        cases.addAll(freeText(newUser, TextField.SECRET, "password"));
        cases.addAll(freeText(
                endpoint(
                        "PUT",
                        sea.path("/users/sea.desk"),
                        sea.admin,
                        Map.of("displayName", "Desk SEA", "role", "FRONT_DESK", "active", true)),
                TextField.LINE,
                "displayName"));

        var letter = endpoint(
                "PUT",
                sea.path("/letter-templates/confirmation"),
                sea.admin,
                Map.of("title", "Welcome", "body", "Dear {firstName}"));
        cases.addAll(freeText(letter, TextField.LINE, "title"));
        cases.addAll(freeText(letter, TextField.LINES, "body"));
        cases.addAll(freeText(
                endpoint(
                        "POST",
                        sea.path("/master-data/sources"),
                        sea.admin,
                        Map.of("code", "PHONE", "description", "Phone")),
                TextField.LINE,
                "code",
                "description"));
        cases.addAll(freeText(
                endpoint(
                        "PUT",
                        sea.path("/master-data/inventory-items/MINIBAR"),
                        sea.admin,
                        Map.of("description", "Minibar", "defaultPrice", new BigDecimal("6.00"), "active", true)),
                TextField.LINE,
                "description"));

        cases.addAll(freeText(
                endpoint("POST", sea.path("/rooms"), sea.admin, Map.of("number", "401", "roomType", "STE")),
                TextField.LINE,
                "number",
                "roomType"));
        cases.addAll(freeText(
                endpoint("PUT", sea.path("/rooms/102"), sea.admin, Map.of("roomType", "STD", "active", true)),
                TextField.LINE,
                "roomType"));

        cases.addAll(freeText(
                endpoint("PUT", sea.path("/guests/" + guestId), sea.desk, guestDetails()),
                TextField.LINE,
                "firstName",
                "lastName",
                "email",
                "phone"));

        var create = endpoint(
                "POST", sea.path("/bookings"), sea.desk, sea.booking("Costa", "2026-04-01", "2026-04-03", null));
        cases.addAll(freeText(
                create,
                TextField.LINE,
                "guest.firstName",
                "guest.lastName",
                "guest.email",
                "guest.phone",
                "source",
                "roomType",
                "room"));
        cases.addAll(freeText(create, TextField.LINES, "notes"));
        var change = endpoint("PATCH", sea.path("/bookings/" + reserved), sea.desk, Map.of("notes", "late arrival"));
        cases.addAll(freeText(
                change,
                TextField.LINE,
                "roomType",
                "room",
                "source",
                "guest.firstName",
                "guest.lastName",
                "guest.email",
                "guest.phone"));
        cases.addAll(freeText(change, TextField.LINES, "notes"));
        cases.addAll(freeText(
                endpoint(
                        "POST",
                        sea.path("/bookings/" + reserved + "/cancel"),
                        sea.desk,
                        Map.of("reason", "guest called")),
                TextField.LINE,
                "reason"));
        cases.addAll(freeText(
                endpoint("POST", sea.path("/bookings/" + reserved + "/check-in"), sea.desk, Map.of("room", "102")),
                TextField.LINE,
                "room"));

        cases.addAll(freeText(
                endpoint("POST", folio(inHouse, "/charges"), sea.desk, Map.of("item", "MINIBAR", "quantity", 1)),
                TextField.LINE,
                "item",
                "description"));
        cases.addAll(freeText(
                endpoint(
                        "POST",
                        folio(inHouse, "/charges/" + chargeLine + "/void"),
                        sea.desk,
                        Map.of("reason", "wrong guest")),
                TextField.LINE,
                "reason"));
        cases.addAll(freeText(
                endpoint(
                        "POST",
                        folio(inHouse, "/payments"),
                        sea.desk,
                        Map.of("receiptType", "CASH", "amount", new BigDecimal("10.00"))),
                TextField.LINE,
                "receiptType",
                "cardLast4",
                "cardToken",
                "description"));
        cases.addAll(freeText(
                endpoint(
                        "POST",
                        folio(inHouse, "/payments/" + paymentLine + "/refund"),
                        sea.desk,
                        Map.of("amount", new BigDecimal("5.00"), "reason", "overpaid")),
                TextField.LINE,
                "reason"));

        var online = endpoint("POST", sea.path("/online-bookings"), sea.channel, onlineBooking())
                .header(IDEMPOTENCY_KEY, FRESH_KEY);
        cases.addAll(freeText(
                online,
                TextField.LINE,
                "guest.firstName",
                "guest.lastName",
                "guest.email",
                "guest.phone",
                "source",
                "roomType",
                "deposit.receiptType",
                "deposit.cardLast4",
                "deposit.cardToken"));
        cases.addAll(freeText(online, TextField.LINES, "notes"));

        var pair = endpoint("POST", "/api/v1/pairing", null, Map.of("code", "K7QM-4XD2", "deviceName", "Desk PC"));
        cases.addAll(freeText(pair, TextField.LINE, "code", "deviceName"));

        var entry = reentryEntry();
        cases.addAll(freeText(
                entry,
                TextField.LINE,
                "bookingRef",
                "enteredBy",
                "booking.firstName",
                "booking.lastName",
                "booking.email",
                "booking.phone",
                "booking.source",
                "booking.roomType",
                "booking.room",
                "booking.cancelReason",
                "line.item",
                "line.receiptType",
                "line.cardLast4",
                "line.description",
                "line.reason",
                "room.number"));
        cases.addAll(freeText(entry, TextField.LINES, "booking.notes"));
        return cases;
    }

    private static List<Case> freeText(Endpoint endpoint, TextField kind, String... fields) {
        List<Case> cases = new ArrayList<>();
        for (String field : fields) {
            for (BadText bad : BadText.values()) {
                boolean allowed = (bad == BadText.LINE_BREAK && kind == TextField.LINES)
                        || (bad == BadText.CARD_NUMBER && kind == TextField.SECRET);
                if (!allowed) {
                    cases.add(endpoint.with(field, bad.text).answers(400, field));
                }
            }
        }
        return cases;
    }

    /** Text in the query and in the path passes the same rule; a code in the path never carries a space. */
    private List<Case> queriesAndPaths() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> queryParameters = new LinkedHashMap<>();
        queryParameters.put("/bookings", "q");
        queryParameters.put("/guests", "name");
        queryParameters.put("/audit", "subjectKey");
        for (var parameter : queryParameters.entrySet()) {
            var search = endpoint("GET", sea.path(parameter.getKey()), sea.auditor, null);
            for (String bad : List.of("Ana%00Maria", "Ana%1B%5B31m", "Ana%0AMaria", "Ana%7F", CARD)) {
                cases.add(search.query(parameter.getValue() + "=" + bad).answers(400, parameter.getValue()));
            }
        }
        cases.add(endpoint("GET", sea.path("/audit"), sea.auditor, null)
                .query("subjectType=booking%00")
                .answers(400, "subjectType"));

        cases.add(endpoint("GET", sea.path("/master-data/inventory-items/RENT%20"), sea.desk, null)
                .answers(400, "id"));
        cases.add(endpoint("GET", sea.path("/master-data/inventory-items/RENT%00"), sea.desk, null)
                .answers(400, "id"));
        cases.add(endpoint(
                        "PUT",
                        sea.path("/master-data/inventory-items/MINIBAR%20"),
                        sea.admin,
                        Map.of("description", "Minibar", "defaultPrice", new BigDecimal("6.00"), "active", true))
                .answers(400, "id"));
        cases.add(endpoint("DELETE", sea.path("/master-data/sources/WEB%20"), sea.admin, null)
                .answers(400, "id"));
        cases.add(endpoint("GET", sea.path("/rooms/101%20"), sea.desk, null).answers(400, "number"));
        cases.add(endpoint("GET", sea.path("/bookings/" + reserved + "%20"), sea.desk, null)
                .answers(400, "confirmation"));
        cases.add(endpoint("GET", "/api/v1/properties/SEA%20", sea.desk, null).answers(400, "code"));
        cases.add(endpoint(
                        "PUT",
                        sea.path("/users/sea.desk%20"),
                        sea.admin,
                        Map.of("displayName", "Desk SEA", "role", "FRONT_DESK", "active", true))
                .answers(400, "username"));
        return cases;
    }

    /**
     * A number is a JSON number and a code is exactly a code: {@code "amount": "12.00"}, {@code "adults": "2"} and
     * {@code "item": "MINIBAR "} were all taken as if they were right; a key given twice kept either value.
     */
    private List<Case> strictNumbersAndCodes() {
        List<Case> cases = new ArrayList<>();
        var create = endpoint(
                "POST", sea.path("/bookings"), sea.desk, sea.booking("Costa", "2026-04-01", "2026-04-03", null));
        cases.addAll(List.of(
                create.with("adults", "2").answers(400, "adults"),
                create.with("children", "0").answers(400, "children"),
                create.with("rate", "100.00").answers(400, "rate"),
                create.probe("")
                        .with("rate", "RATE")
                        .raw("a rate with more digits than a double keeps", "\"RATE\"", "100.0000000000000001")
                        .answers(400, "rate"),
                create.without("guest").with("guestId", String.valueOf(guestId)).answers(400, "guestId"),
                create.with("source", "WEB ").answers(400, "source"),
                create.with("source", " WEB").answers(400, "source"),
                create.with("roomType", "STD ").answers(400, "roomType"),
                create.with("room", "102 ").answers(400, "room")));
        var change = endpoint("PATCH", sea.path("/bookings/" + reserved), sea.desk, Map.of("notes", "late arrival"));
        cases.addAll(List.of(
                change.with("rate", "90.00").answers(400, "rate"),
                change.with("adults", "1").answers(400, "adults"),
                change.with("roomType", "STD ").answers(400, "roomType"),
                change.with("room", "102 ").answers(400, "room"),
                change.with("source", "WEB ").answers(400, "source")));
        cases.add(endpoint("POST", sea.path("/bookings/" + reserved + "/check-in"), sea.desk, Map.of("room", "102 "))
                .answers(400, "room"));

        var payment = endpoint(
                "POST",
                folio(inHouse, "/payments"),
                sea.desk,
                Map.of("receiptType", "CASH", "amount", new BigDecimal("10.00")));
        cases.addAll(List.of(
                payment.with("amount", "12.00").answers(400, "amount"),
                payment.with("amount", "12").answers(400, "amount"),
                payment.with("receiptType", "CASH ").answers(400, "receiptType"),
                payment.raw("a duplicate amount", "{\"receiptType\":\"CASH\",\"amount\":1,\"amount\":500}")
                        .answers(400, "amount"),
                payment.raw(
                                "a duplicate cardLast4",
                                "{\"receiptType\":\"VISA\",\"amount\":1,\"cardLast4\":\"4242\",\"cardLast4\":\"1881\"}")
                        .answers(400, "cardLast4"),
                payment.raw("amount NaN", "{\"receiptType\":\"CASH\",\"amount\":NaN}")
                        .answers(400, "amount"),
                payment.raw("amount Infinity", "{\"receiptType\":\"CASH\",\"amount\":Infinity}")
                        .answers(400, "amount"),
                payment.raw("amount -Infinity", "{\"receiptType\":\"CASH\",\"amount\":-Infinity}")
                        .answers(400, "amount"),
                payment.raw("amount 1e400", "{\"receiptType\":\"CASH\",\"amount\":1e400}")
                        .answers(400, "amount"),
                payment.raw("amount with a leading zero", "{\"receiptType\":\"CASH\",\"amount\":012}")
                        .answers(400, "amount"),
                payment.with("amount", true).answers(400, "amount"),
                payment.with("amount", List.of(1)).answers(400, "amount"),
                payment.with("amount", Map.of("value", 1)).answers(400, "amount"),
                payment.with("receiptType", 12).answers(400, "receiptType"),
                payment.with("receiptType", Map.of("code", "CASH")).answers(400, "receiptType"),
                payment.with("businessDate", 20260310).answers(400, "businessDate")));
        var charge = endpoint("POST", folio(inHouse, "/charges"), sea.desk, Map.of("item", "MINIBAR", "quantity", 1));
        cases.addAll(List.of(
                charge.with("quantity", "1").answers(400, "quantity"),
                charge.with("unitPrice", "5.00").answers(400, "unitPrice"),
                charge.with("item", "MINIBAR ").answers(400, "item"),
                charge.with("item", "minibar\t").answers(400, "item")));
        cases.add(endpoint(
                        "POST",
                        folio(inHouse, "/payments/" + paymentLine + "/refund"),
                        sea.desk,
                        Map.of("amount", "5.00"))
                .answers(400, "amount"));
        var roomType = newRoomType();
        cases.addAll(List.of(
                roomType.with("defaultPrice", "180.00").answers(400, "defaultPrice"),
                roomType.with("maxOccupancy", "3").answers(400, "maxOccupancy"),
                roomType.with("code", "DLX ").answers(400, "code")));
        cases.add(endpoint("POST", sea.path("/rooms"), sea.admin, Map.of("number", "401", "roomType", "STE "))
                .answers(400, "roomType"));
        cases.add(endpoint("PUT", sea.path("/rooms/102"), sea.admin, Map.of("roomType", "STD ", "active", true))
                .answers(400, "roomType"));

        var online = endpoint("POST", sea.path("/online-bookings"), sea.channel, onlineBooking())
                .header(IDEMPOTENCY_KEY, FRESH_KEY);
        cases.addAll(List.of(
                online.with("adults", "2").answers(400, "adults"),
                online.with("rate", "100.00").answers(400, "rate"),
                online.with("deposit.amount", "50.00").answers(400, "deposit.amount"),
                online.with("deposit.amount", true).answers(400, "deposit.amount"),
                online.with("guest.firstName", 7).answers(400, "guest.firstName"),
                online.with("source", "WEB ").answers(400, "source"),
                online.with("deposit.receiptType", "VISA ").answers(400, "deposit.receiptType"),
                online.with("deposit.cvc", "123").answers(400, "deposit.cvc"),
                online.with("deposit.cvv2", "123").answers(400, "deposit.cvv2"),
                online.with("deposit.cvc2", "123").answers(400, "deposit.cvc2"),
                online.with("deposit.pan", CARD).answers(400, "deposit.pan"),
                online.with("deposit.securityCode", "123").answers(400, "deposit.securityCode"),
                online.with("deposit.card_number", CARD).answers(400, "deposit.card_number")));

        var entry = reentryEntry();
        cases.addAll(List.of(
                entry.with("booking.rate", "95.00").answers(400, "booking.rate"),
                entry.with("booking.adults", "1").answers(400, "booking.adults"),
                entry.with("booking.source", "WALKIN ").answers(400, "booking.source"),
                entry.with("booking.room", "102 ").answers(400, "booking.room")));
        return cases;
    }

    /** Bookings are taken up to two years after the business date, however they come in. */
    private List<Case> bookingHorizon() {
        var create = endpoint(
                "POST", sea.path("/bookings"), sea.desk, sea.booking("Costa", "2026-04-01", "2026-04-03", null));
        var change = endpoint("PATCH", sea.path("/bookings/" + reserved), sea.desk, Map.of("notes", "late arrival"));
        var online = endpoint("POST", sea.path("/online-bookings"), sea.channel, onlineBooking())
                .header(IDEMPOTENCY_KEY, FRESH_KEY);
        var entry = reentryEntry();
        return List.of(
                create.with("arrival", "3000-01-01")
                        .with("departure", "3000-01-03")
                        .answers(400, "arrival"),
                create.with("arrival", "2028-03-11")
                        .with("departure", "2028-03-12")
                        .answers(400, "arrival"),
                create.with("arrival", "2028-03-09")
                        .with("departure", "2028-03-12")
                        .answers(400, "departure"),
                create.with("departure", "2926-03-10").answers(400, "departure"),
                change.with("arrival", "3000-01-01")
                        .with("departure", "3000-01-03")
                        .answers(400, "arrival"),
                change.with("departure", "2028-03-12").answers(400, "departure"),
                online.with("arrival", "3000-01-01")
                        .with("departure", "3000-01-03")
                        .answers(400, "arrival"),
                online.with("arrival", "2028-03-09")
                        .with("departure", "2028-03-12")
                        .answers(400, "departure"),
                entry.with("booking.departure", "3000-01-03").answers(400, "booking.departure"),
                entry.with("action", "MODIFY")
                        .with("bookingRef", reserved)
                        .with("booking", Map.of("arrival", "2028-03-09", "departure", "2028-03-12"))
                        .answers(400, "booking.departure"));
    }

    private void check(Case c) {
        var before = tableContents();
        Api.Answer answer = c.probe().send(api());
        var after = tableContents();
        var soft = new SoftAssertions();
        soft.assertThat(answer.status()).as("%s: status of %s", c, answer).isEqualTo(c.status());
        soft.assertThat(answer.contentType()).as("%s: content type", c).startsWith("application/problem+json");
        if (answer.json() != null) {
            soft.assertThat(answer.json().path("status").asInt())
                    .as("%s: status in the body", c)
                    .isEqualTo(c.status());
            soft.assertThat(answer.text("detail")).as("%s: detail", c).isNotBlank();
            if (c.field() != null) {
                List<String> fields = new ArrayList<>();
                answer.json()
                        .path("errors")
                        .forEach(e -> fields.add(e.path("field").asText()));
                soft.assertThat(fields).as("%s: fields named by %s", c, answer).contains(c.field());
            }
        }
        soft.assertThat(after).as("%s: table contents", c).isEqualTo(before);
        if (answer.json() != null) {
            StringBuilder words = new StringBuilder(answer.text("detail") == null ? "" : answer.text("detail"));
            answer.json()
                    .path("errors")
                    .forEach(e -> words.append('\n').append(e.path("message").asText()));
            for (String word : IMPLEMENTATION_WORDS) {
                soft.assertThat(words.toString())
                        .as("%s: the problem is in the API's words", c)
                        .doesNotContain(word);
            }
            soft.assertThat(words.toString())
                    .as("%s: the problem names no request class", c)
                    .doesNotContainPattern("\\w+Request\\b");
        }
        soft.assertAll();
    }

    private String folio(String confirmation, String rest) {
        return sea.path("/bookings/" + confirmation + "/folio" + rest);
    }

    private static Map<String, Object> newProperty() {
        return Map.of(
                "code",
                "OAK",
                "name",
                "Hotel Oak",
                "timeZone",
                "America/Los_Angeles",
                "currency",
                "USD",
                "businessDate",
                TODAY,
                "admin",
                Map.of("username", "oak.admin", "displayName", "Admin OAK", "password", TestHotel.PASSWORD));
    }

    private static Map<String, Object> newUser() {
        return Map.of(
                "username",
                "sea.night2",
                "displayName",
                "Night Two",
                "role",
                "NIGHT_AUDITOR",
                "password",
                TestHotel.PASSWORD);
    }

    private static Map<String, Object> guestDetails() {
        return Map.of("firstName", "Ana", "lastName", "Reyes", "email", "ana@example.com", "phone", "+351 21 000 0000");
    }

    /** A standby's walk-in journal entry, as the re-entry assistant posts it. */
    private static Map<String, Object> walkIn() {
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("firstName", "Wanda");
        booking.put("lastName", "Walker");
        booking.put("source", "WALKIN");
        booking.put("roomType", "STD");
        booking.put("room", "103");
        booking.put("arrival", TODAY);
        booking.put("departure", "2026-03-11");
        booking.put("adults", 1);
        booking.put("rate", new BigDecimal("95.00"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "WALK_IN");
        body.put("bookingRef", "D1042");
        body.put("originalAt", TODAY + "T10:15:00Z");
        body.put("businessDate", TODAY);
        body.put("enteredBy", "anna");
        body.put("booking", booking);
        return body;
    }

    private Map<String, Object> onlineBooking() {
        Map<String, Object> body = new LinkedHashMap<>(sea.booking("Costa", "2026-05-01", "2026-05-03", null));
        body.put("deposit", Map.of("receiptType", "VISA", "amount", new BigDecimal("50.00"), "cardLast4", "1111"));
        return body;
    }

    /** A valid new room type, as the property admin creates one: the base of the room-type cases. */
    private Endpoint newRoomType() {
        return endpoint(
                "POST",
                sea.path("/master-data/room-types"),
                sea.admin,
                Map.of(
                        "code",
                        "DLX",
                        "description",
                        "Deluxe",
                        "defaultPrice",
                        new BigDecimal("180.00"),
                        "maxOccupancy",
                        3));
    }

    private Endpoint endpoint(String method, String path, String token, Map<String, Object> body) {
        return endpoint(method, path, token, body, body != null);
    }

    private static Endpoint endpoint(
            String method, String path, String token, Map<String, Object> body, boolean bodyRequired) {
        return new Endpoint(method, path, token, body == null ? null : copy(body), bodyRequired, Map.of());
    }

    /** One refused request and what the answer must say: the status and, when a field is at fault, its name. */
    record Case(Probe probe, int status, String field) {
        @Override
        public String toString() {
            return probe + " → " + status + (field == null ? "" : " " + field);
        }
    }

    /**
     * An endpoint with a valid body; each derived {@link Probe} changes one thing. Bodies are maps, so a field can
     * be given a value of the wrong type.
     */
    record Endpoint(
            String method,
            String path,
            String token,
            Map<String, Object> body,
            boolean bodyRequired,
            Map<String, String> headers) {

        Probe probe(String what) {
            return new Probe(method, path, token, body == null ? null : write(body), headers, what);
        }

        Case answers(int status, String field) {
            return probe("").answers(status, field);
        }

        Probe with(String field, Object value) {
            return probe("").with(field, value);
        }

        Probe without(String field) {
            return probe("").without(field);
        }

        Probe at(String otherPath) {
            return probe("").at(otherPath);
        }

        Probe query(String query) {
            return new Probe(method, path + "?" + query, token, null, headers, "?" + query);
        }

        Probe withHeader(String name, String value) {
            return probe("").header(name, value);
        }

        Endpoint header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Endpoint(method, path, token, body, bodyRequired, h);
        }

        Probe withoutHeader(String name) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.remove(name);
            return new Endpoint(method, path, token, body, bodyRequired, h).probe("without header " + name);
        }

        /**
         * The endpoint's own cases, and for an endpoint that takes a body what none may accept, whatever its
         * fields: broken or misshapen JSON, no body, too much of it, not JSON at all.
         */
        List<Case> cases(Case... own) {
            List<Case> cases = new ArrayList<>(List.of(own));
            if (body == null) {
                return cases;
            }
            String json = write(body);
            String firstKey = body.keySet().iterator().next();
            cases.add(raw(
                            "a duplicate " + firstKey,
                            "{\"" + firstKey + "\":" + write(body.get(firstKey)) + "," + json.substring(1))
                    .answers(400, firstKey));
            cases.add(raw("data after the JSON", json + "garbage").answers(400, null));
            cases.add(raw("two JSON objects", json + json).answers(400, null));
            cases.add(raw(firstKey + " NaN", "{\"" + firstKey + "\":NaN," + json.substring(1))
                    .answers(400, firstKey));
            cases.add(raw("a comment", "{/* hi */" + json.substring(1)).answers(400, null));
            cases.add(raw("single quotes", json.replace('"', '\'')).answers(400, null));
            for (String cardKey : List.of("cvc", "pan")) {
                cases.add(with(cardKey, "123").answers(400, cardKey));
            }
            cases.add(raw("malformed JSON", json.substring(0, json.length() - 1) + ",}", Map.of())
                    .answers(400, null));
            cases.add(raw("a JSON array", "[" + json + "]", Map.of()).answers(400, null));
            if (bodyRequired) {
                cases.add(raw("an empty body", "", Map.of()).answers(400, null));
            }
            Map<String, Object> huge = copy(body);
            huge.put("padding", "x".repeat(1_100_000));
            cases.add(raw("a body over 1 MB", write(huge), Map.of()).answers(413, null));
            cases.add(raw("text/plain", json, Map.of("Content-Type", "text/plain"))
                    .answers(415, null));
            return cases;
        }

        Probe raw(String what, String raw) {
            return raw(what, raw, Map.of());
        }

        private Probe raw(String what, String raw, Map<String, String> extraHeaders) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.putAll(extraHeaders);
            return new Probe(method, path, token, raw, h, what);
        }
    }

    /** One request as sent; {@code what} says what is wrong with it. */
    record Probe(String method, String path, String token, String body, Map<String, String> headers, String what) {

        Case answers(int status, String field) {
            return new Case(this, status, field);
        }

        Probe with(String field, Object value) {
            Map<String, Object> changed = read(body);
            put(changed, field, value);
            return new Probe(method, path, token, write(changed), headers, join(field + " = " + describe(value)));
        }

        Probe without(String field) {
            Map<String, Object> changed = read(body);
            String[] parts = field.split("\\.");
            Map<String, Object> parent = changed;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = child(parent, parts[i]);
            }
            parent.remove(parts[parts.length - 1]);
            return new Probe(method, path, token, write(changed), headers, join("without " + field));
        }

        Probe at(String otherPath) {
            return new Probe(method, otherPath, token, body, headers, join("at " + otherPath));
        }

        /** The body with a piece of its text replaced as written, for JSON the test's own writer cannot produce. */
        Probe raw(String what, String from, String to) {
            return new Probe(method, path, token, body.replace(from, to), headers, join(what));
        }

        Probe header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Probe(method, path, token, body, h, join(name + ": " + value));
        }

        Api.Answer send(Api api) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            // A fresh key per request: a body wrongly accepted would then show as a new booking, not a replay.
            h.computeIfPresent(
                    IDEMPOTENCY_KEY,
                    (k, v) -> v.equals(FRESH_KEY) ? UUID.randomUUID().toString() : v);
            return api.sendRaw(method, path, token, body, h);
        }

        private String join(String more) {
            return what.isEmpty() ? more : what + ", " + more;
        }

        @Override
        public String toString() {
            return method + " " + path.replaceAll("\\?.*", "") + " | " + (what.isEmpty() ? "as given" : what);
        }
    }

    private static String describe(Object value) {
        if (value instanceof String s && s.length() > 30) {
            return "\"" + s.substring(0, 12) + "…\" (" + s.length() + " characters)";
        }
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String field, Object value) {
        String[] parts = field.split("\\.");
        Map<String, Object> parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i]);
        }
        parent.put(parts[parts.length - 1], value instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : value);
    }

    private static Map<String, Object> copy(Map<String, Object> body) {
        return read(write(body));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
