package app.innkeep.ops.bench;

import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A large property in the cloud: its master data through the cloud's own services, then {@code rooms} rooms and
 * {@code historyDays} of stays (every room a two-night stay every six days, up to a month ahead) written straight into
 * the cloud's tables (rooms in a batch, stays through Derby's bulk import), with their guests and folio lines (rent
 * per night, a card payment at departure).
 * Booking the same through the API would take the better part of an hour; this takes seconds. Room nights are not
 * written: the snapshot and the feed never read them.
 */
final class BusyProperty {

    /** What was written. */
    record Opened(PropertyRow property, int rooms, int bookings, int folioLines) {}

    static final int FUTURE_DAYS = 30;
    private static final int STAY_EVERY = 6;
    private static final int NIGHTS = 2;
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
        Caller admin = BenchmarkInn.create(ctx, code, "Grand Benchmark Hotel", businessDate);
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
        int[] written =
                tx.executeWrite(s -> writeStays(s.getConnection(), property.id(), businessDate, historyDays, rooms));
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

    /**
     * All stays, through Derby's import of CSV files into the empty tables (its bulk insert: several times faster than
     * batched INSERTs into tables with this many indexes). Returns {bookings, folio lines}.
     */
    private static int[] writeStays(Connection c, long propertyId, LocalDate businessDate, int historyDays, int rooms) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("innkeep-bench-stays-");
            Path guests = folder.resolve("guest.csv");
            Path bookings = folder.resolve("booking.csv");
            Path lines = folder.resolve("folio_line.csv");
            int[] counts;
            try (Writer guest = Files.newBufferedWriter(guests);
                    Writer booking = Files.newBufferedWriter(bookings);
                    Writer line = Files.newBufferedWriter(lines)) {
                counts = stays(guest, booking, line, propertyId, businessDate, historyDays, rooms);
            }
            load(c, "GUEST", GUEST_COLUMNS, guests);
            load(c, "BOOKING", BOOKING_COLUMNS, bookings);
            load(c, "FOLIO_LINE", LINE_COLUMNS, lines);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteTree(folder);
        }
    }

    private static final String GUEST_COLUMNS =
            "ID,PROPERTY_ID,FIRST_NAME,LAST_NAME,SEARCH_NAME,EMAIL,PHONE,CREATED_AT,UPDATED_AT";
    private static final String BOOKING_COLUMNS = "ID,PROPERTY_ID,CONFIRMATION,GUEST_ID,SOURCE_CODE,ROOM_TYPE,"
            + "ROOM_NUMBER,ARRIVAL,DEPARTURE,ADULTS,CHILDREN,RATE,STATUS,CANCEL_REASON,NOTES,CREATED_AT,UPDATED_AT";
    private static final String LINE_COLUMNS = "ID,PROPERTY_ID,BOOKING_ID,LINE_KIND,CODE,DESCRIPTION,QUANTITY,"
            + "UNIT_PRICE,AMOUNT,BUSINESS_DATE,CARD_LAST4,RENT_NIGHT,POSTED_AT,POSTED_BY";

    private static void load(Connection c, String table, String columns, Path file) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            // PostgreSQL's own bulk load; an empty unquoted CSV field is NULL, as for Derby's import.
            try (var in = Files.newBufferedReader(file)) {
                c.unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", in);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (CallableStatement call =
                c.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
            call.setString(1, table);
            call.setString(2, columns);
            call.setString(3, file.toString());
            call.execute();
        }
    }

    /** Writes the CSV rows of every stay; an empty field is NULL to the import. */
    private static int[] stays(
            Writer guest,
            Writer booking,
            Writer line,
            long propertyId,
            LocalDate businessDate,
            int historyDays,
            int rooms)
            throws IOException {
        int bookings = 0;
        int lines = 0;
        LocalDate start = businessDate.minusDays(historyDays);
        LocalDate end = businessDate.plusDays(FUTURE_DAYS);
        String now = new Timestamp(System.currentTimeMillis()).toString();
        for (int r = 0; r < rooms; r++) {
            BigDecimal rate = new BigDecimal(r % 2 == 0 ? "129.00" : "159.00");
            int n = 0;
            for (LocalDate arrival = start.plusDays(r % STAY_EVERY);
                    arrival.isBefore(end);
                    arrival = arrival.plusDays(STAY_EVERY), n++) {
                // One number per room and stay.
                long id = FIRST_ID + (long) r * 1000 + n;
                LocalDate departure = arrival.plusDays(NIGHTS);
                boolean cancelled = n % 10 == 9;
                String status = cancelled
                        ? "CANCELLED"
                        : !departure.isAfter(businessDate)
                                ? "CHECKED_OUT"
                                : !arrival.isAfter(businessDate) ? "CHECKED_IN" : "RESERVED";
                String last = "Guest" + id;
                row(
                        guest,
                        id,
                        propertyId,
                        "Pat",
                        last,
                        (last + " PAT").toUpperCase(Locale.ROOT),
                        "guest" + id + "@example.com",
                        null,
                        now,
                        now);
                row(
                        booking,
                        id,
                        propertyId,
                        id,
                        id,
                        n % 3 == 0 ? "PHONE" : "WEB",
                        roomType(r),
                        cancelled ? null : roomNumber(r),
                        arrival,
                        departure,
                        2,
                        0,
                        rate,
                        status,
                        cancelled ? "changed plans" : null,
                        null,
                        now,
                        now);
                bookings++;
                if (status.equals("CHECKED_OUT") || status.equals("CHECKED_IN")) {
                    LocalDate until = status.equals("CHECKED_OUT") ? departure : businessDate;
                    int k = 0;
                    for (LocalDate night = arrival; night.isBefore(until); night = night.plusDays(1)) {
                        row(
                                line,
                                id * 10 + k++,
                                propertyId,
                                id,
                                "CHARGE",
                                "RENT",
                                "Room rent " + night,
                                1,
                                rate,
                                rate,
                                night,
                                null,
                                night,
                                now,
                                "bench");
                        lines++;
                    }
                    if (status.equals("CHECKED_OUT")) {
                        BigDecimal total = rate.multiply(BigDecimal.valueOf(NIGHTS));
                        row(
                                line,
                                id * 10 + k,
                                propertyId,
                                id,
                                "PAYMENT",
                                "VISA",
                                "Visa",
                                1,
                                total,
                                total,
                                departure,
                                "4242",
                                null,
                                now,
                                "bench");
                        lines++;
                    }
                }
            }
        }
        return new int[] {bookings, lines};
    }

    /** One CSV line; the values never hold commas or quotes, text is quoted so an empty string stays one. */
    private static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v instanceof String text) {
                out.write('"');
                out.write(text);
                out.write('"');
            } else if (v != null) {
                out.write(v.toString());
            }
        }
        out.write('\n');
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    @SuppressWarnings("unchecked")
    static TransactionOperations<Connection> transactions(ApplicationContext ctx) {
        return ctx.getBean(TransactionOperations.class);
    }
}
