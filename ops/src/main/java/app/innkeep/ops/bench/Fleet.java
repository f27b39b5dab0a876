package app.innkeep.ops.bench;

import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.room.RoomRequests.CreateRoomRequest;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulated fleet's properties, each with one paired standby. The properties the load generator writes to are
 * opened through the cloud's own services (master data, the backup flag, the large hotel's rooms; the small ones' rooms
 * are rows), so the desk can book, charge and take payments in them; the rest — most of the fleet, quiet properties whose standbys are up to date — are rows written
 * straight into PROPERTY and DEVICE in batches (seconds for ten thousand, where pairing each would take many minutes).
 * Device credentials are stored as the cloud stores them: only their SHA-256.
 */
final class Fleet {

    /** One property with its standby's credential. {@code rooms} is 0 for the quiet ones. */
    record Member(String code, long propertyId, String credential, int rooms) {}

    static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-03-10");
    static final String ADMIN_PASSWORD = "benchmark admin password";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Fleet() {}

    /** The sizes of the written properties: the first a 1,000-room hotel, the others small (10–60 rooms). */
    static int[] writtenSizes(int count, long seed) {
        Random random = new Random(seed);
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = i == 0 ? 1000 : 10 + random.nextInt(51);
        }
        return sizes;
    }

    /** Opens the written properties through the cloud's services; answers their codes in order. */
    static List<String> openWritten(ApplicationContext ctx, int[] sizes) {
        Caller support = new Caller("support", StaffRole.SUPPORT, null);
        var masterData = ctx.getBean(MasterDataService.class);
        var roomService = ctx.getBean(RoomService.class);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            String code = String.format("W%05d", i);
            Caller admin = BenchmarkInn.create(ctx, code, "Written Inn " + i, BUSINESS_DATE);
            masterData.create(
                    admin,
                    code,
                    MasterDataKind.SOURCE,
                    new CreateMasterCodeRequest("WEB", "Website", null, null, null));
            masterData.create(
                    admin,
                    code,
                    MasterDataKind.ROOM_TYPE,
                    new CreateMasterCodeRequest("STD", "Standard", null, null, 2));
            masterData.create(
                    admin,
                    code,
                    MasterDataKind.INVENTORY_ITEM,
                    new CreateMasterCodeRequest("MINIBAR", "Minibar", new BigDecimal("6.00"), null, null));
            masterData.create(
                    admin,
                    code,
                    MasterDataKind.RECEIPT_TYPE,
                    new CreateMasterCodeRequest("VISA", "Visa", null, true, null));
            // The large hotel's rooms through the service, so each is also an event and its feed holds full pages;
            // the small ones' rooms are rows (see complete), which saves minutes of set-up.
            for (int n = 1; i == 0 && n <= sizes[i]; n++) {
                roomService.create(admin, code, new CreateRoomRequest(String.valueOf(1000 + n), "STD"));
            }
            ctx.getBean(PropertyService.class).setBackup(support, code, true);
            codes.add(code);
        }
        return codes;
    }

    /**
     * Inserts the quiet properties (codes Q00000…) up to {@code total} members, then pairs one standby to every
     * property, written ones included. Answers the members, written ones first.
     */
    static List<Member> complete(String url, String user, List<String> written, int[] sizes, int total)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PROPERTY (CODE, NAME, TIME_ZONE, CURRENCY,"
                    + " BUSINESS_DATE, BACKUP_ENABLED, NEXT_CONFIRMATION, CREATED_AT) VALUES (?, ?, 'UTC', 'USD', ?,"
                    + " TRUE, 100001, ?)")) {
                for (int i = 0; i < total - written.size(); i++) {
                    ps.setString(1, String.format("Q%05d", i));
                    ps.setString(2, "Quiet Inn " + i);
                    ps.setObject(3, BUSINESS_DATE);
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            Map<String, Long> ids = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT CODE, ID FROM PROPERTY")) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                members.add(new Member(written.get(i), ids.get(written.get(i)), credential(), sizes[i]));
            }
            for (int i = 0; i < total - written.size(); i++) {
                String code = String.format("Q%05d", i);
                members.add(new Member(code, ids.get(code), credential(), 0));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ROOM (PROPERTY_ID, ROOM_NUMBER, ROOM_TYPE,"
                            + " HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, UPDATED_AT) VALUES (?, ?, 'STD', 'CLEAN', FALSE, TRUE, ?)")) {
                for (int i = 1; i < written.size(); i++) {
                    for (int n = 1; n <= sizes[i]; n++) {
                        ps.setLong(1, ids.get(written.get(i)));
                        ps.setString(2, String.valueOf(1000 + n));
                        ps.setTimestamp(3, now);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVICE (PROPERTY_ID, NAME, TOKEN_HASH,"
                    + " PAIRED_AT, PAIRED_BY) VALUES (?, 'Simulated standby', ?, ?, 'bench')")) {
                int n = 0;
                for (Member m : members) {
                    ps.setLong(1, m.propertyId());
                    ps.setString(2, hash(m.credential()));
                    ps.setTimestamp(3, now);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return members;
        }
    }

    /** Every property's feed head now, by property id. */
    static Map<Long, Long> heads(Connection c) throws SQLException {
        Map<Long, Long> heads = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, NEXT_EVENT_SEQUENCE - 1 FROM PROPERTY")) {
            while (rs.next()) {
                heads.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return heads;
    }

    /** A device credential as the cloud makes them ({@code ikd_} and 32 random bytes). */
    private static String credential() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ikd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash under which the cloud stores a credential (its {@code pairing.Secrets.hash}). */
    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
