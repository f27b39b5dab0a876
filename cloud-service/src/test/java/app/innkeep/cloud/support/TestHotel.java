package app.innkeep.cloud.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A property set up through the real API as support staff and its admin would: RENT and the usual master data, a
 * few rooms of two types, and one user per role. Tokens are kept for each role.
 */
public final class TestHotel {

    public static final String PASSWORD = "correct horse battery";

    public final String code;
    public final String businessDate;
    public final String admin;
    public final String desk;
    public final String auditor;
    public final String channel;
    private final Api api;

    private TestHotel(Api api, String code, String businessDate, Map<String, String> tokens) {
        this.api = api;
        this.code = code;
        this.businessDate = businessDate;
        this.admin = tokens.get("admin");
        this.desk = tokens.get("desk");
        this.auditor = tokens.get("audit");
        this.channel = tokens.get("channel");
    }

    public static TestHotel open(Api api, String supportToken, String code, String businessDate) {
        String lower = code.toLowerCase();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", "Hotel " + code);
        request.put("timeZone", "Europe/Lisbon");
        request.put("currency", "EUR");
        request.put("businessDate", businessDate);
        request.put(
                "admin", Map.of("username", lower + ".admin", "displayName", "Admin " + code, "password", PASSWORD));
        var created = api.post(supportToken, "/api/v1/admin/properties", request);
        assertThat(created.status()).as("open property %s: %s", code, created).isEqualTo(201);
        String admin = api.login(lower + ".admin", PASSWORD);
        Map<String, String> tokens = new HashMap<>();
        tokens.put("admin", admin);
        for (String[] user :
                List.of(new String[] {"desk", "FRONT_DESK"}, new String[] {"audit", "NIGHT_AUDITOR"}, new String[] {
                    "channel", "CHANNEL"
                })) {
            String username = lower + "." + user[0];
            ok(api.post(
                    admin,
                    "/api/v1/properties/" + code + "/users",
                    Map.of(
                            "username",
                            username,
                            "displayName",
                            user[0] + " " + code,
                            "role",
                            user[1],
                            "password",
                            PASSWORD)));
            tokens.put(user[0], api.login(username, PASSWORD));
        }
        var hotel = new TestHotel(api, code, businessDate, tokens);
        hotel.masterData(
                "inventory-items",
                Map.of("code", "MINIBAR", "description", "Minibar", "defaultPrice", new BigDecimal("6.00")));
        hotel.masterData(
                "inventory-items",
                Map.of("code", "PARKING", "description", "Parking", "defaultPrice", new BigDecimal("20.00")));
        hotel.masterData("receipt-types", Map.of("code", "CASH", "description", "Cash"));
        hotel.masterData("receipt-types", Map.of("code", "VISA", "description", "Visa", "card", true));
        hotel.masterData("sources", Map.of("code", "WALKIN", "description", "Walk-in"));
        hotel.masterData("sources", Map.of("code", "WEB", "description", "Website"));
        hotel.masterData(
                "room-types",
                Map.of(
                        "code",
                        "STD",
                        "description",
                        "Standard",
                        "defaultPrice",
                        new BigDecimal("100.00"),
                        "maxOccupancy",
                        2));
        hotel.masterData(
                "room-types",
                Map.of(
                        "code",
                        "STE",
                        "description",
                        "Suite",
                        "defaultPrice",
                        new BigDecimal("250.00"),
                        "maxOccupancy",
                        4));
        for (String room : List.of("101", "102", "103")) {
            ok(api.post(admin, hotel.path("/rooms"), Map.of("number", room, "roomType", "STD")));
        }
        ok(api.post(admin, hotel.path("/rooms"), Map.of("number", "301", "roomType", "STE")));
        return hotel;
    }

    public String path(String rest) {
        return "/api/v1/properties/" + code + rest;
    }

    public void masterData(String kind, Map<String, Object> body) {
        ok(api.post(admin, path("/master-data/" + kind), body));
    }

    /** A booking request body for a new guest; callers adjust what the test is about. */
    public Map<String, Object> booking(String lastName, String arrival, String departure, String room) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("guest", Map.of("firstName", "Guest", "lastName", lastName));
        b.put("source", "WEB");
        b.put("roomType", room != null && room.startsWith("3") ? "STE" : "STD");
        b.put("arrival", arrival);
        b.put("departure", departure);
        b.put("adults", 2);
        b.put("rate", new BigDecimal("100.00"));
        if (room != null) {
            b.put("room", room);
        }
        return b;
    }

    public String book(String lastName, String arrival, String departure, String room) {
        var answer = ok(api.post(desk, path("/bookings"), booking(lastName, arrival, departure, room)));
        return answer.text("confirmation");
    }

    public static Api.Answer ok(Api.Answer answer) {
        assertThat(answer.status()).as("expected success: %s", answer).isBetween(200, 299);
        return answer;
    }
}
