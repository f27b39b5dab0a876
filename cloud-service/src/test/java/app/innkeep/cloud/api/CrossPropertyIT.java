package app.innkeep.cloud.api;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Two hotels, SEA and OAK, each with bookings, folio lines, a guest, rooms, users and master data. Whoever is not
 * SEA's staff calls every endpoint of SEA with SEA's real IDs and a body that would succeed for SEA's own staff: each
 * of OAK's roles gets 404 (as if SEA did not exist), support staff get 403 (they may only use the admin area), a
 * request without a valid login gets 401 — and nothing changes, neither a row count nor what SEA's staff read back.
 * The matrix is {@link #seaEndpoints()} × {@link #outsiders()}: a new endpoint is one line there.
 */
abstract class CrossPropertyIT extends CloudIT {

    static final String TODAY = "2026-03-10";

    TestHotel sea;
    TestHotel oak;
    Stays seaStays;
    Stays oakStays;
    String support;
    /** The admin of a group that holds SEA and OAK: it reads their standby health, never their data. */
    String groupAdmin;
    /** What SEA's own staff read before any outsider called: compared after every call. */
    Map<String, String> seaAsItWas;

    /** One hotel's bookings and folio lines, named by the state that makes a valid request on them succeed. */
    record Stays(String reserved, String inHouse, long guestId, long chargeLine, long paymentLine) {}

    /** Someone who is not SEA's staff, and the status SEA's endpoints must answer them with. */
    record Outsider(String name, String token, int status) {}

    /** One call: a concrete path with real IDs, and a body the path's own staff could send successfully. */
    record Endpoint(String method, String path, Object body, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void openTwoHotelsWithAStayInEach() {
        support = supportToken();
        sea = TestHotel.open(api(), support, "SEA", TODAY);
        oak = TestHotel.open(api(), support, "OAK", TODAY);
        seaStays = stays(sea, "Seaborne");
        oakStays = stays(oak, "Oakley");
        ok(api().post(support, "/api/v1/groups", Map.of("code", "BOTH", "name", "SEA and OAK")));
        ok(api().put(support, "/api/v1/groups/BOTH/properties/SEA", null));
        ok(api().put(support, "/api/v1/groups/BOTH/properties/OAK", null));
        ok(api().post(
                        support,
                        "/api/v1/groups/BOTH/admins",
                        Map.of(
                                "username",
                                "both.admin",
                                "displayName",
                                "Group admin",
                                "password",
                                TestHotel.PASSWORD)));
        groupAdmin = api().login("both.admin", TestHotel.PASSWORD);
        seaAsItWas = seaAsReadBySea();
    }

    private Stays stays(TestHotel hotel, String lastName) {
        Api api = api();
        var reserved =
                ok(api.post(hotel.desk, hotel.path("/bookings"), hotel.booking(lastName, TODAY, "2026-03-12", null)));
        String inHouse = hotel.book(lastName + "-Two", TODAY, "2026-03-13", "101");
        ok(api.post(hotel.desk, hotel.path("/bookings/" + inHouse + "/check-in"), Map.of()));
        String folio = "/bookings/" + inHouse + "/folio";
        long charge = ok(api.post(hotel.desk, hotel.path(folio + "/charges"), Map.of("item", "PARKING")))
                .json()
                .get("id")
                .asLong();
        long payment = ok(api.post(
                        hotel.desk,
                        hotel.path(folio + "/payments"),
                        Map.of("receiptType", "CASH", "amount", new BigDecimal("20.00"))))
                .json()
                .get("id")
                .asLong();
        return new Stays(
                reserved.text("confirmation"),
                inHouse,
                reserved.json().at("/guest/id").asLong(),
                charge,
                payment);
    }

    /** Everyone but SEA's staff. */
    List<Outsider> outsiders() {
        return List.of(
                new Outsider("OAK property admin", oak.admin, 404),
                new Outsider("OAK front desk", oak.desk, 404),
                new Outsider("OAK night auditor", oak.auditor, 404),
                new Outsider("OAK channel", oak.channel, 404),
                new Outsider("support", support, 403),
                // A group admin belongs to no property: SEA's own group's admin is answered as another hotel's staff.
                new Outsider("admin of SEA's group", groupAdmin, 404),
                new Outsider("no token", null, 401),
                new Outsider("forged token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWEuYWRtaW4ifQ.c2lnbmF0dXJl", 401));
    }

    /**
     * Every endpoint under {@code /api/v1/properties/SEA}, aimed at SEA's IDs, with what SEA's own staff would send
     * successfully: a refusal cannot be mistaken for a bad request.
     */
    List<Endpoint> seaEndpoints() {
        String reserved = "/bookings/" + seaStays.reserved();
        String inHouse = "/bookings/" + seaStays.inHouse();
        String folio = inHouse + "/folio";
        String guest = "/guests/" + seaStays.guestId();
        Map<String, Object> booking = sea.booking("Intruder", "2026-04-01", "2026-04-03", null);
        Map<String, Object> online = new LinkedHashMap<>(sea.booking("Intruder", "2026-05-01", "2026-05-03", null));
        online.put("deposit", Map.of("receiptType", "CASH", "amount", new BigDecimal("50.00")));
        return List.of(
                get(""),
                get("/users"),
                post(
                        "/users",
                        Map.of(
                                "username",
                                "sea.extra",
                                "displayName",
                                "Extra",
                                "role",
                                "FRONT_DESK",
                                "password",
                                TestHotel.PASSWORD)),
                put("/users/sea.desk", Map.of("displayName", "Renamed", "role", "NIGHT_AUDITOR", "active", false)),
                get("/master-data/sources"),
                get("/master-data/sources/WEB"),
                post("/master-data/sources", Map.of("code", "PHONE", "description", "Phone")),
                put(
                        "/master-data/inventory-items/MINIBAR",
                        Map.of("description", "Minibar", "defaultPrice", new BigDecimal("7.00"), "active", false)),
                delete("/master-data/sources/WALKIN"),
                get("/letter-templates"),
                get("/letter-templates/confirmation"),
                put("/letter-templates/confirmation", Map.of("title", "Welcome", "body", "Dear {guestName}")),
                delete("/letter-templates/confirmation"),
                get("/rooms"),
                get("/rooms/102"),
                post("/rooms", Map.of("number", "401", "roomType", "STE")),
                put("/rooms/102", Map.of("roomType", "STD", "active", false)),
                put("/rooms/102/status", Map.of("housekeeping", "DIRTY", "outOfOrder", true)),
                get("/guests?name=Seaborne"),
                get(guest),
                put(guest, Map.of("firstName", "Changed", "lastName", "Seaborne")),
                get("/bookings?q=Seaborne"),
                get(reserved),
                post("/bookings", booking),
                patch(reserved, Map.of("notes", "changed by an outsider")),
                post(reserved + "/cancel", Map.of("reason", "cancelled by an outsider")),
                post(reserved + "/check-in", Map.of("room", "102")),
                post(reserved + "/no-show", null),
                post(inHouse + "/check-out", Map.of()),
                get("/availability?from=2026-03-10&to=2026-03-12"),
                get(folio),
                post(folio + "/charges", Map.of("item", "MINIBAR")),
                post(folio + "/charges/" + seaStays.chargeLine() + "/void", Map.of()),
                post(folio + "/payments", Map.of("receiptType", "CASH", "amount", new BigDecimal("10.00"))),
                post(folio + "/payments/" + seaStays.paymentLine() + "/refund", Map.of()),
                post("/night-audit", Map.of("businessDate", TODAY)),
                post("/pairing-codes", Map.of()),
                get("/devices"),
                post("/devices/1/revoke", Map.of()),
                get("/audit"),
                new Endpoint(
                        "POST",
                        sea.path("/online-bookings"),
                        online,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    @TestFactory
    Stream<DynamicNode> noOutsiderReadsOrChangesAnythingOfAnotherProperty() {
        List<Outsider> outsiders = outsiders();
        return seaEndpoints().stream()
                .map(endpoint -> DynamicContainer.dynamicContainer(
                        endpoint.toString(),
                        outsiders.stream()
                                .map(outsider -> DynamicTest.dynamicTest(
                                        outsider.name() + " → " + outsider.status(),
                                        () -> refusedAndNothingChanged(
                                                endpoint,
                                                outsider.name(),
                                                outsider.token(),
                                                outsider.status(),
                                                null)))));
    }

    /**
     * Guest ids and folio line ids are numbered across all properties, and usernames are global: used on one's own
     * property's paths, another property's IDs must be as unknown as IDs that do not exist.
     */
    @TestFactory
    Stream<DynamicTest> anotherPropertysIdsAreUnknownOnOnesOwnPaths() {
        String oakFolio = "/bookings/" + oakStays.inHouse() + "/folio";
        Map<String, Object> bookingForSeaGuest =
                new LinkedHashMap<>(oak.booking("Ignored", "2026-04-01", "2026-04-03", null));
        bookingForSeaGuest.remove("guest");
        bookingForSeaGuest.put("guestId", seaStays.guestId());
        record Case(Endpoint endpoint, String token, int status, String field) {}
        List<Case> cases = List.of(
                new Case(oakEndpoint("GET", "/guests/" + seaStays.guestId(), null), oak.desk, 404, null),
                new Case(
                        oakEndpoint("PUT", "/guests/" + seaStays.guestId(), Map.of("firstName", "X", "lastName", "Y")),
                        oak.desk,
                        404,
                        null),
                new Case(
                        oakEndpoint("POST", oakFolio + "/charges/" + seaStays.chargeLine() + "/void", Map.of()),
                        oak.desk,
                        404,
                        null),
                new Case(
                        oakEndpoint("POST", oakFolio + "/payments/" + seaStays.paymentLine() + "/refund", Map.of()),
                        oak.desk,
                        404,
                        null),
                new Case(
                        oakEndpoint(
                                "PUT",
                                "/users/sea.desk",
                                Map.of("displayName", "Taken over", "role", "FRONT_DESK", "active", false)),
                        oak.admin,
                        404,
                        null),
                new Case(oakEndpoint("POST", "/bookings", bookingForSeaGuest), oak.desk, 400, "guestId"));
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.endpoint() + " → " + c.status(),
                        () -> refusedAndNothingChanged(c.endpoint(), "OAK", c.token(), c.status(), c.field())));
    }

    @Test
    void searchesNeverFindAnotherPropertysGuestsBookingsOrAuditTrail() {
        Api api = api();
        assertThat(ok(api.get(oak.desk, oak.path("/guests?name=Seaborne"))).json())
                .isEmpty();
        assertThat(ok(api.get(oak.desk, oak.path("/bookings?q=Seaborne"))).json())
                .isEmpty();
        assertThat(ok(api.get(oak.auditor, oak.path("/audit?subjectType=guest&subjectKey=" + seaStays.guestId())))
                        .json())
                .isEmpty();
        // The same searches by SEA's own staff do find them: the empty answers above are not vacuous.
        assertThat(ok(api.get(sea.desk, sea.path("/guests?name=Seaborne"))).json())
                .isNotEmpty();
        assertThat(ok(api.get(sea.desk, sea.path("/bookings?q=Seaborne"))).json())
                .isNotEmpty();
    }

    @Test
    void supportStaffSeeEveryPropertyInTheAdminArea() {
        var all = ok(api().get(support, "/api/v1/admin/properties"));
        List<String> codes = new ArrayList<>();
        all.json().forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).contains("SEA", "OAK");
    }

    @Test
    void supportStaffAreForbiddenAPropertysDataButNotToldItDoesNotExist() {
        var existing = api().get(support, sea.path("/bookings"));
        assertThat(existing.status()).isEqualTo(403);
        assertThat(existing.isProblem()).isTrue();
        var unknown = api().get(support, "/api/v1/properties/NOPE/bookings");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> theAdminAreaIsForSupportStaffOnly() {
        Map<String, Object> newProperty = Map.of(
                "code",
                "ELM",
                "name",
                "Hotel Elm",
                "timeZone",
                "Europe/Lisbon",
                "currency",
                "EUR",
                "businessDate",
                TODAY,
                "admin",
                Map.of("username", "elm.admin", "displayName", "Admin ELM", "password", TestHotel.PASSWORD));
        List<Endpoint> adminArea = List.of(
                new Endpoint("GET", "/api/v1/admin/properties", null, Map.of()),
                new Endpoint("POST", "/api/v1/admin/properties", newProperty, Map.of()),
                new Endpoint("PUT", "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true), Map.of()),
                new Endpoint("GET", "/api/v1/admin/devices", null, Map.of()),
                new Endpoint("POST", "/api/v1/admin/devices/1/revoke", Map.of(), Map.of()));
        Map<String, String> propertyStaff = new LinkedHashMap<>();
        for (TestHotel hotel : List.of(sea, oak)) {
            propertyStaff.put(hotel.code + " property admin", hotel.admin);
            propertyStaff.put(hotel.code + " front desk", hotel.desk);
            propertyStaff.put(hotel.code + " night auditor", hotel.auditor);
            propertyStaff.put(hotel.code + " channel", hotel.channel);
        }
        propertyStaff.put("group admin", groupAdmin);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : adminArea) {
            propertyStaff.forEach((name, token) -> tests.add(DynamicTest.dynamicTest(
                    endpoint + " by " + name + " → 403",
                    () -> refusedAndNothingChanged(endpoint, name, token, 403, null))));
            tests.add(DynamicTest.dynamicTest(
                    endpoint + " without a token → 401",
                    () -> refusedAndNothingChanged(endpoint, "no token", null, 401, null)));
        }
        return tests.stream();
    }

    private void refusedAndNothingChanged(Endpoint endpoint, String who, String token, int status, String field) {
        var before = rowCounts();
        Api.Answer answer = api().send(endpoint.method(), endpoint.path(), token, endpoint.body(), endpoint.headers());
        String call = endpoint + " by " + who;
        var soft = new SoftAssertions();
        soft.assertThat(answer.status()).as("%s: status of %s", call, answer).isEqualTo(status);
        soft.assertThat(answer.isProblem())
                .as("%s: problem+json, got %s", call, answer.contentType())
                .isTrue();
        if (answer.json() != null) {
            soft.assertThat(answer.json().path("status").asInt())
                    .as("%s: status in the body", call)
                    .isEqualTo(status);
            soft.assertThat(answer.text("detail")).as("%s: detail", call).isNotBlank();
            if (field != null) {
                List<String> fields = new ArrayList<>();
                answer.json()
                        .path("errors")
                        .forEach(e -> fields.add(e.path("field").asText()));
                soft.assertThat(fields)
                        .as("%s: fields named by %s", call, answer)
                        .contains(field);
            }
        }
        soft.assertThat(rowCounts()).as("%s: row counts", call).isEqualTo(before);
        soft.assertThat(seaAsReadBySea())
                .as("%s: SEA as its own staff read it", call)
                .isEqualTo(seaAsItWas);
        soft.assertAll();
    }

    /** SEA's property, bookings with their guests, folio, rooms, staff and master data, as SEA's admin reads them. */
    private Map<String, String> seaAsReadBySea() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of(
                "",
                "/bookings?limit=200",
                "/bookings/" + seaStays.inHouse() + "/folio",
                "/rooms",
                "/users",
                "/master-data/sources",
                "/master-data/inventory-items")) {
            state.put(path, ok(api().get(sea.admin, sea.path(path))).body());
        }
        return state;
    }

    private Endpoint get(String path) {
        return new Endpoint("GET", sea.path(path), null, Map.of());
    }

    private Endpoint post(String path, Object body) {
        return new Endpoint("POST", sea.path(path), body, Map.of());
    }

    private Endpoint put(String path, Object body) {
        return new Endpoint("PUT", sea.path(path), body, Map.of());
    }

    private Endpoint patch(String path, Object body) {
        return new Endpoint("PATCH", sea.path(path), body, Map.of());
    }

    private Endpoint delete(String path) {
        return new Endpoint("DELETE", sea.path(path), null, Map.of());
    }

    private Endpoint oakEndpoint(String method, String path, Object body) {
        return new Endpoint(method, oak.path(path), body, Map.of());
    }
}
