package app.innkeep.ops.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A large property (1,000 rooms, about 6,800 bookings with their folio lines) written straight into the replica of a
 * stopped standby, in batches: seconds, where booking it all through the cloud's API and the feed would take many
 * minutes. The rows look as the sync writes them (sequence 0, confirmations 7000001… that the cloud never hands out), so
 * a later sync leaves them alone.
 */
public final class LargeReplica {

    /** What was written, and tonight's picture for the checks. */
    public record Seeded(int rooms, int bookings, int folioLines, int inHouse, String someInHouse) {}

    private static final int BATCH = 1000;

    private LargeReplica() {}

    /**
     * Opens the replica of a stopped standby in {@code dataDir} with its AES key, as the standby's user (whose schema
     * holds the tables).
     */
    public static Connection open(Path dataDir) throws SQLException {
        try {
            String key = Files.readString(dataDir.resolve("replica.key")).strip();
            return DriverManager.getConnection(
                    "jdbc:derby:" + dataDir.toAbsolutePath().resolve("replica")
                            + ";user=standby;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shuts the replica down again so the standby can open it. */
    public static void close(Path dataDir) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dataDir.toAbsolutePath().resolve("replica") + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown of one database with SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }

    /**
     * Makes the replica look paired with property {@code LRG} at a cloud nobody answers (port 1), for a standby that
     * runs without a cloud (the benchmark): the pages and the pack then carry the property and its business date.
     */
    public static void pretendPaired(Connection c, LocalDate businessDate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SYNC_STATE (ID, PROPERTY_CODE, PROPERTY_NAME,"
                + " TIME_ZONE, CURRENCY, BUSINESS_DATE, CLOUD_URL, DEVICE_ID, CREDENTIAL, PAIRED_AT, CURSOR_SEQ,"
                + " CLOUD_HEAD) VALUES (1, 'LRG', 'Large Grand Hotel', 'UTC', 'USD', ?, 'http://127.0.0.1:1', 1,"
                + " 'none', CURRENT_TIMESTAMP, 0, 0)")) {
            ps.setDate(1, Date.valueOf(businessDate));
            ps.executeUpdate();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /**
     * {@code rooms} rooms, each with a stay every four days from about two weeks ago on (three nights each), up to
     * {@code bookings} in all: departed ones with rent paid, tonight's guests in house or arriving, future reservations
     * (every tenth cancelled). In-house guests owe their rent.
     */
    public static Seeded seed(Connection c, LocalDate businessDate, int rooms, int bookings) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement room = c.prepareStatement(
                        "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO)"
                                + " VALUES (?, 'STD', ?, FALSE, TRUE, 0)");
                PreparedStatement booking = c.prepareStatement("INSERT INTO BOOKING (CONFIRMATION, STATUS, GUEST_ID,"
                        + " FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE, SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL,"
                        + " DEPARTURE, ADULTS, CHILDREN, RATE, CANCEL_REASON, NOTES, SEQUENCE_NO)"
                        + " VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, 'PHONE', 'STD', ?, ?, ?, 2, 0, 120.00, ?, NULL, 0)");
                PreparedStatement line = c.prepareStatement("INSERT INTO FOLIO_LINE (LINE_ID, CONFIRMATION, LINE_KIND,"
                        + " CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, BUSINESS_DATE, CARD_LAST4, REVERSES_LINE_ID,"
                        + " SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, NULL, NULL, 0)")) {
            for (int r = 0; r < rooms; r++) {
                room.setString(1, roomNumber(r));
                room.setString(2, r % 5 == 0 ? "DIRTY" : "CLEAN");
                room.addBatch();
            }
            room.executeBatch();
            c.commit();
            int lines = 0;
            int inHouse = 0;
            String someInHouse = null;
            long lineId = 70_000_000L;
            BigDecimal rate = new BigDecimal("120.00");
            for (int i = 0; i < bookings; i++) {
                int r = i % rooms;
                int k = i / rooms;
                LocalDate arrival = businessDate.minusDays(13 + r % 4).plusDays(4L * k);
                LocalDate departure = arrival.plusDays(3);
                String status;
                if (!departure.isAfter(businessDate)) {
                    status = "CHECKED_OUT";
                } else if (arrival.isBefore(businessDate)) {
                    status = "CHECKED_IN";
                } else {
                    status = i % 10 == 9 ? "CANCELLED" : "RESERVED";
                }
                String confirmation = String.valueOf(7_000_001 + i);
                String last = "Guest" + i;
                booking.setString(1, confirmation);
                booking.setString(2, status);
                booking.setLong(3, 7_000_001L + i);
                booking.setString(4, "Large");
                booking.setString(5, last);
                booking.setString(6, (last + " LARGE").toUpperCase(java.util.Locale.ROOT));
                booking.setString(7, status.equals("CANCELLED") ? null : roomNumber(r));
                booking.setDate(8, Date.valueOf(arrival));
                booking.setDate(9, Date.valueOf(departure));
                booking.setString(10, status.equals("CANCELLED") ? "changed plans" : null);
                booking.addBatch();
                if (status.equals("CHECKED_IN")) {
                    inHouse++;
                    someInHouse = someInHouse == null ? confirmation : someInHouse;
                }
                if (status.equals("CHECKED_OUT") || status.equals("CHECKED_IN")) {
                    LocalDate until = status.equals("CHECKED_OUT") ? departure : businessDate;
                    for (LocalDate night = arrival; night.isBefore(until); night = night.plusDays(1)) {
                        addLine(line, lineId++, confirmation, "CHARGE", "RENT", rate, night);
                        lines++;
                    }
                    if (status.equals("CHECKED_OUT")) {
                        addLine(
                                line,
                                lineId++,
                                confirmation,
                                "PAYMENT",
                                "VISA",
                                rate.multiply(BigDecimal.valueOf(3)),
                                departure);
                        lines++;
                    }
                }
                if ((i + 1) % BATCH == 0) {
                    booking.executeBatch();
                    line.executeBatch();
                    c.commit();
                }
            }
            booking.executeBatch();
            line.executeBatch();
            c.commit();
            return new Seeded(rooms, bookings, lines, inHouse, someInHouse);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void addLine(
            PreparedStatement line,
            long id,
            String confirmation,
            String kind,
            String code,
            BigDecimal amount,
            LocalDate date)
            throws SQLException {
        line.setLong(1, id);
        line.setString(2, confirmation);
        line.setString(3, kind);
        line.setString(4, code);
        line.setString(5, code);
        line.setBigDecimal(6, amount);
        line.setBigDecimal(7, amount);
        line.setDate(8, Date.valueOf(date));
        line.addBatch();
    }

    private static String roomNumber(int r) {
        return "L" + (1000 + r);
    }
}
