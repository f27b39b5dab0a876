package app.innkeep.ops.run;

import app.innkeep.model.json.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hotel work the demo and the end-to-end tests share: booking in the cloud, finding a room on the standby. */
public final class Hotel {

    private Hotel() {}

    /** Books a standard room in the cloud as the desk; returns the confirmation number. */
    public static String book(
            URI cloud,
            String deskToken,
            String firstName,
            String lastName,
            String source,
            LocalDate arrival,
            int nights,
            String room,
            String rate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", firstName, "lastName", lastName));
        body.put("source", source);
        body.put("roomType", "STD");
        body.put("arrival", arrival.toString());
        body.put("departure", arrival.plusDays(nights).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal(rate));
        if (room != null) {
            body.put("room", room);
        }
        var answer = Http.post(cloud, "/api/v1/properties/SEA/bookings", deskToken, body);
        if (answer.status() != 201) {
            throw new IllegalStateException("the cloud refused the booking: " + answer.body());
        }
        return answer.json().requiredString("confirmation");
    }

    /**
     * A clean or inspected standard room the standby shows free for the booking's nights, other than the booking's own
     * room and those given.
     */
    public static String freeCleanRoom(URI standby, String operatorToken, String confirmation, String... except) {
        Map<?, ?> file = (Map<?, ?>) Json.parse(Http.get(standby, "/api/desk/bookings/" + confirmation, operatorToken)
                .body());
        Object own = ((Map<?, ?>) file.get("booking")).get("room");
        return ((List<?>) file.get("freeRooms"))
                .stream()
                        .map(r -> (Map<?, ?>) r)
                        .filter(r -> !"DIRTY".equals(r.get("housekeeping")) && "STD".equals(r.get("roomType")))
                        .map(r -> (String) r.get("number"))
                        .filter(n -> !n.equals(own) && !List.of(except).contains(n))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalStateException("no free clean standard room for " + confirmation));
    }
}
