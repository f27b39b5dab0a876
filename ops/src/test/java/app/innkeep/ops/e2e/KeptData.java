package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the data-choice tests book in the cloud, plant in a stopped standby's replica and count there. */
final class KeptData {

    private KeptData() {}

    /** A web booking for SEA with the guest's e-mail and phone, ten days after {@code businessDate}. */
    static String bookWithContact(DemoCloud cloud, LocalDate businessDate, String firstName, String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "guest",
                Map.of(
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "email",
                        lastName.toLowerCase() + "@example.com",
                        "phone",
                        "+49 555 0100"));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", businessDate.plusDays(10).toString());
        body.put("departure", businessDate.plusDays(12).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA/bookings", cloud.token("sea.frontdesk"), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().requiredString("confirmation");
    }

    /** Plants in a stopped standby's replica a booking with contact details that departed {@code daysAgo} ago. */
    static void departedLongAgo(Connection c, LocalDate businessDate, String confirmation, int daysAgo)
            throws SQLException {
        LocalDate departure = businessDate.minusDays(daysAgo);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO BOOKING (CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE,"
                        + " SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE,"
                        + " SEQUENCE_NO) VALUES (?, 'CHECKED_OUT', 1, 'Long', 'Gone', 'GONE LONG', 'gone@example.com',"
                        + " '+1 555', 'WEB', 'STD', '101', ?, ?, 1, 0, 99.00, 1)")) {
            insert.setString(1, confirmation);
            insert.setDate(2, java.sql.Date.valueOf(departure.minusDays(2)));
            insert.setDate(3, java.sql.Date.valueOf(departure));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    /** Bookings in the replica that are over (not reserved, not in house) and departed before {@code day}. */
    static long departedBefore(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM BOOKING WHERE STATUS NOT IN ('RESERVED', 'CHECKED_IN') AND DEPARTURE < ?")) {
            q.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
