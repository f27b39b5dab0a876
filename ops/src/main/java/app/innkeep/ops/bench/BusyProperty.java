package app.innkeep.ops.bench;

import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.property.CreatePropertyRequest;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.property.PropertyService;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A large property in the cloud: its master data through the cloud's own services, then {@code rooms} rooms and
 * {@code historyDays} of stays (every room a two-night stay every six days, up to a month ahead) written straight into
 * the cloud's tables in batches, with their guests and folio lines (rent per night, a card payment at departure).
 * Booking the same through the API would take the better part of an hour; this takes seconds. Room nights are not
 * written: the snapshot and the feed never read them.
 */
final class BusyProperty {

    /** What was written. */
    record Opened(PropertyRow property, int rooms, int bookings, int folioLines) {}

    static final int FUTURE_DAYS = 30;
    private static final int STAY_EVERY = 6;
    private static final int NIGHTS = 2;
    private static final int BATCH = 2000;
    /** Explicit keys far above what the cloud's identity columns hand out to the services. */
    private static final long FIRST_ID = 10_000_000L;

    private BusyProperty() {}

    /** Room numbers 1001, 1002, …; odd ones doubles. */
    static String roomNumber(int index) {
        return String.valueOf(1001 + index);
    }

    static String roomType(int index) {
        return index % 2 == 0 ? "STD" : "DBL";
    }

    static Opened open(ApplicationContext ctx, String code, LocalDate businessDate, int rooms, int historyDays) {
        Caller support = new Caller("support", StaffRole.SUPPORT, null);
        ctx.getBean(PropertyService.class)
                .create(
                        support,
                        new CreatePropertyRequest(
                                code,
                                "Grand Benchmark Hotel",
                                "UTC",
                                "USD",
                                businessDate,
                                new CreatePropertyRequest.FirstAdmin(
                                        code.toLowerCase() + ".admin", "Bench admin", "benchmark admin password")));
        Caller admin = new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code);
        var masterData = ctx.getBean(MasterDataService.class);
        masterData.create(
                admin, code, MasterDataKind.SOURCE, new CreateMasterCodeRequest("WEB", "Website", null, null, null));
        masterData.create(
                admin, code, MasterDataKind.SOURCE, new CreateMasterCodeRequest("PHONE", "Phone", null, null, null));
        masterData.create(
                admin, code, MasterDataKind.ROOM_TYPE, new CreateMasterCodeRequest("STD", "Standard", null, null, 2));
        masterData.create(
                admin, code, MasterDataKind.ROOM_TYPE, new CreateMasterCodeRequest("DBL", "Double", null, null, 4));
        masterData.create(
                admin,
                code,
                MasterDataKind.INVENTORY_ITEM,
                new CreateMasterCodeRequest("MINIBAR", "Minibar", new BigDecimal("6.00"), null, null));
        masterData.create(
                admin,
                code,
                MasterDataKind.INVENTORY_ITEM,
                new CreateMasterCodeRequest("BREAKFAST", "Breakfast", new BigDecimal("18.00"), null, null));
        masterData.create(
                admin,
                code,
                MasterDataKind.RECEIPT_TYPE,
                new CreateMasterCodeRequest("VISA", "Visa", null, true, null));
        ctx.getBean(PropertyService.class).setBackup(support, code, true);
        TransactionOperations<Connection> tx = transactions(ctx);
        PropertyRow property =
                tx.executeRead(s -> ctx.getBean(Properties.class).byCode(code).orElseThrow());
        tx.executeWrite(s -> {
            writeRooms(s.getConnection(), property.id(), rooms);
            return null;
        });
        int[] written = {0, 0};
        for (int from = 0; from < rooms; from += BATCH / 100) {
            int first = from;
            int last = Math.min(rooms, from + BATCH / 100);
            int[] chunk = tx.executeWrite(
                    s -> writeStays(s.getConnection(), property.id(), businessDate, historyDays, first, last));
            written[0] += chunk[0];
            written[1] += chunk[1];
        }
        return new Opened(property, rooms, written[0], written[1]);
    }

    private static void writeRooms(Connection c, long propertyId, int rooms) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ROOM (PROPERTY_ID, ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, UPDATED_AT)"
                        + " VALUES (?, ?, ?, 'CLEAN', FALSE, TRUE, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int r = 0; r < rooms; r++) {
                ps.setLong(1, propertyId);
                ps.setString(2, roomNumber(r));
                ps.setString(3, roomType(r));
                ps.setTimestamp(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stays of rooms {@code first} (inclusive) to {@code last}: returns {bookings, folio lines}. */
    private static int[] writeStays(
            Connection c, long propertyId, LocalDate businessDate, int historyDays, int first, int last) {
        try (PreparedStatement guest = c.prepareStatement(
                        "INSERT INTO GUEST (ID, PROPERTY_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE, CREATED_AT,"
                                + " UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)");
                PreparedStatement booking = c.prepareStatement("INSERT INTO BOOKING (ID, PROPERTY_ID, CONFIRMATION,"
                        + " GUEST_ID, SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE,"
                        + " STATUS, CANCEL_REASON, NOTES, CREATED_AT, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, 0, ?, ?, ?, NULL, ?, ?)");
                PreparedStatement line = c.prepareStatement(
                        "INSERT INTO FOLIO_LINE (ID, PROPERTY_ID, BOOKING_ID,"
                                + " LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, BUSINESS_DATE, CARD_LAST4,"
                                + " RENT_NIGHT, POSTED_AT, POSTED_BY) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'bench')")) {
            int bookings = 0;
            int lines = 0;
            LocalDate start = businessDate.minusDays(historyDays);
            LocalDate end = businessDate.plusDays(FUTURE_DAYS);
            Timestamp now = Timestamp.from(Instant.now());
            for (int r = first; r < last; r++) {
                BigDecimal rate = new BigDecimal(r % 2 == 0 ? "129.00" : "159.00");
                int n = 0;
                for (LocalDate arrival = start.plusDays(r % STAY_EVERY);
                        arrival.isBefore(end);
                        arrival = arrival.plusDays(STAY_EVERY), n++) {
                    // One number per room and stay: rooms never share a key, whatever the chunk.
                    long id = FIRST_ID + (long) r * 1000 + n;
                    LocalDate departure = arrival.plusDays(NIGHTS);
                    boolean cancelled = n % 10 == 9;
                    String status = cancelled
                            ? "CANCELLED"
                            : !departure.isAfter(businessDate)
                                    ? "CHECKED_OUT"
                                    : !arrival.isAfter(businessDate) ? "CHECKED_IN" : "RESERVED";
                    String last4 = "Guest" + id;
                    guest.setLong(1, id);
                    guest.setLong(2, propertyId);
                    guest.setString(3, "Pat");
                    guest.setString(4, last4);
                    guest.setString(5, (last4 + " PAT").toUpperCase(java.util.Locale.ROOT));
                    guest.setString(6, "guest" + id + "@example.com");
                    guest.setTimestamp(7, now);
                    guest.setTimestamp(8, now);
                    guest.addBatch();
                    booking.setLong(1, id);
                    booking.setLong(2, propertyId);
                    booking.setString(3, String.valueOf(id));
                    booking.setLong(4, id);
                    booking.setString(5, n % 3 == 0 ? "PHONE" : "WEB");
                    booking.setString(6, roomType(r));
                    booking.setString(7, cancelled ? null : roomNumber(r));
                    booking.setDate(8, Date.valueOf(arrival));
                    booking.setDate(9, Date.valueOf(departure));
                    booking.setBigDecimal(10, rate);
                    booking.setString(11, status);
                    booking.setString(12, cancelled ? "changed plans" : null);
                    booking.setTimestamp(13, now);
                    booking.setTimestamp(14, now);
                    booking.addBatch();
                    bookings++;
                    if (status.equals("CHECKED_OUT") || status.equals("CHECKED_IN")) {
                        LocalDate until = status.equals("CHECKED_OUT") ? departure : businessDate;
                        int k = 0;
                        for (LocalDate night = arrival; night.isBefore(until); night = night.plusDays(1)) {
                            line(line, id * 10 + k++, propertyId, id, "CHARGE", "RENT", rate, night, null, night);
                            lines++;
                        }
                        if (status.equals("CHECKED_OUT")) {
                            BigDecimal total = rate.multiply(BigDecimal.valueOf(NIGHTS));
                            line(line, id * 10 + k, propertyId, id, "PAYMENT", "VISA", total, departure, "4242", null);
                            lines++;
                        }
                    }
                }
            }
            guest.executeBatch();
            booking.executeBatch();
            line.executeBatch();
            return new int[] {bookings, lines};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(
            PreparedStatement line,
            long id,
            long propertyId,
            long bookingId,
            String kind,
            String code,
            BigDecimal amount,
            LocalDate date,
            String last4,
            LocalDate rentNight)
            throws SQLException {
        line.setLong(1, id);
        line.setLong(2, propertyId);
        line.setLong(3, bookingId);
        line.setString(4, kind);
        line.setString(5, code);
        line.setString(6, code.equals("RENT") ? "Room rent " + date : "Visa");
        line.setBigDecimal(7, amount);
        line.setBigDecimal(8, amount);
        line.setDate(9, Date.valueOf(date));
        line.setString(10, last4);
        line.setDate(11, rentNight == null ? null : Date.valueOf(rentNight));
        line.setTimestamp(12, Timestamp.from(Instant.now()));
        line.addBatch();
    }

    @SuppressWarnings("unchecked")
    static TransactionOperations<Connection> transactions(ApplicationContext ctx) {
        return ctx.getBean(TransactionOperations.class);
    }
}
