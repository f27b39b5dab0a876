package app.innkeep.cloud.demo;

import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckOutRequest;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.CancellingBooking;
import app.innkeep.cloud.booking.CheckingIn;
import app.innkeep.cloud.booking.CheckingOut;
import app.innkeep.cloud.booking.MarkingNoShow;
import app.innkeep.cloud.booking.TakingBooking;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.PostingCharge;
import app.innkeep.cloud.folio.TakingPayment;
import app.innkeep.cloud.folio.ViewingFolio;
import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.nightaudit.NightAuditService;
import app.innkeep.cloud.nightaudit.NightAuditService.NightAuditRequest;
import app.innkeep.cloud.portfolio.CreatePropertyRequest;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.room.RoomRequests.CreateRoomRequest;
import app.innkeep.cloud.room.RoomRequests.RoomStatusRequest;
import app.innkeep.cloud.room.RoomService;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffRequests.CreateStaffRequest;
import app.innkeep.cloud.staff.StaffService;
import app.innkeep.model.Housekeeping;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo property SEA when {@code innkeep.demo.seed=true}: master data, rooms, staff, and bookings in every
 * state, made through the same services the API uses. Demo passwords are random per data folder and written only to
 * {@code <data-dir>/demo-logins.txt} (owner-only), never to the log.
 */
@Singleton
@Requires(property = "innkeep.demo.seed", value = "true")
public class DemoSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
    static final String CODE = "SEA";

    private final PropertyService propertyService;
    private final Properties properties;
    private final StaffService staff;
    private final MasterDataService masterData;
    private final RoomService rooms;
    private final TakingBooking taking;
    private final CheckingIn checkingIn;
    private final CheckingOut checkingOut;
    private final MarkingNoShow noShows;
    private final CancellingBooking cancelling;
    private final ViewingFolio folios;
    private final PostingCharge charges;
    private final TakingPayment payments;
    private final NightAuditService nightAudit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Path dataDir;
    private final SecureRandom random = new SecureRandom();

    public DemoSeed(
            PropertyService propertyService,
            Properties properties,
            StaffService staff,
            MasterDataService masterData,
            RoomService rooms,
            TakingBooking taking,
            CheckingIn checkingIn,
            CheckingOut checkingOut,
            MarkingNoShow noShows,
            CancellingBooking cancelling,
            ViewingFolio folios,
            PostingCharge charges,
            TakingPayment payments,
            NightAuditService nightAudit,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.data-dir:data}") Path dataDir) {
        this.propertyService = propertyService;
        this.properties = properties;
        this.staff = staff;
        this.masterData = masterData;
        this.rooms = rooms;
        this.taking = taking;
        this.checkingIn = checkingIn;
        this.checkingOut = checkingOut;
        this.noShows = noShows;
        this.cancelling = cancelling;
        this.folios = folios;
        this.charges = charges;
        this.payments = payments;
        this.nightAudit = nightAudit;
        this.tx = tx;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        if (exists()) {
            LOG.info("Demo property {} already exists; logins are in {}", CODE, loginsFile());
            return;
        }
        LOG.info("Seeding demo property {} (Seaside Inn) ...", CODE);
        // One transaction: a seed cut short leaves nothing behind and runs again at the next start.
        Map<String, String> logins = tx.executeWrite(status -> seed());
        writeLogins(logins);
        LOG.info(
                "Demo property {} ready: 18 rooms, bookings in every state. Logins (user and password) are in {}",
                CODE,
                loginsFile());
    }

    private boolean exists() {
        return tx.executeRead(status -> properties.byCode(CODE).isPresent());
    }

    Map<String, String> seed() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("support", password());
        logins.put("sea.admin", password());
        logins.put("sea.frontdesk", password());
        logins.put("sea.audit", password());
        logins.put("sea.channel", password());

        staff.createUser(null, "support", "Vendor Support", StaffRole.SUPPORT, logins.get("support"));
        Caller support = new Caller("support", StaffRole.SUPPORT, null);
        propertyService.create(
                support,
                new CreatePropertyRequest(
                        CODE,
                        "Seaside Inn",
                        zone.getId(),
                        "USD",
                        today.minusDays(2),
                        new CreatePropertyRequest.FirstAdmin("sea.admin", "Ada Admin", logins.get("sea.admin"))));
        Caller admin = new Caller("sea.admin", StaffRole.PROPERTY_ADMIN, CODE);
        staff.create(
                admin,
                CODE,
                new CreateStaffRequest(
                        "sea.frontdesk", "Frank Desk", StaffRole.FRONT_DESK, logins.get("sea.frontdesk")));
        staff.create(
                admin,
                CODE,
                new CreateStaffRequest("sea.audit", "Nina Night", StaffRole.NIGHT_AUDITOR, logins.get("sea.audit")));
        staff.create(
                admin,
                CODE,
                new CreateStaffRequest("sea.channel", "Booking Engine", StaffRole.CHANNEL, logins.get("sea.channel")));

        code(admin, MasterDataKind.INVENTORY_ITEM, "TAX", "Occupancy tax", "12.50", null, null);
        code(admin, MasterDataKind.INVENTORY_ITEM, "MINIBAR", "Minibar", "6.00", null, null);
        code(admin, MasterDataKind.INVENTORY_ITEM, "PARKING", "Parking per night", "20.00", null, null);
        code(admin, MasterDataKind.INVENTORY_ITEM, "BREAKFAST", "Breakfast", "18.00", null, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "CASH", "Cash", null, false, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "VISA", "Visa", null, true, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "MC", "Mastercard", null, true, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "AMEX", "American Express", null, true, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "CHECK", "Check", null, false, null);
        code(admin, MasterDataKind.RECEIPT_TYPE, "DIRECT", "Direct bill", null, false, null);
        for (String[] s : new String[][] {
            {"WALKIN", "Walk-in"},
            {"PHONE", "Phone"},
            {"WEB", "Own website"},
            {"EXPEDIA", "Expedia"},
            {"BOOKING", "Booking.com"}
        }) {
            code(admin, MasterDataKind.SOURCE, s[0], s[1], null, null, null);
        }
        code(admin, MasterDataKind.ROOM_TYPE, "STD", "Standard queen", "129.00", null, 2);
        code(admin, MasterDataKind.ROOM_TYPE, "DLX", "Deluxe king, sea view", "189.00", null, 3);
        code(admin, MasterDataKind.ROOM_TYPE, "STE", "Suite", "289.00", null, 4);
        for (int n = 101; n <= 110; n++) {
            rooms.create(admin, CODE, new CreateRoomRequest(String.valueOf(n), "STD"));
        }
        for (int n = 201; n <= 206; n++) {
            rooms.create(admin, CODE, new CreateRoomRequest(String.valueOf(n), "DLX"));
        }
        rooms.create(admin, CODE, new CreateRoomRequest("301", "STE"));
        rooms.create(admin, CODE, new CreateRoomRequest("302", "STE"));

        Caller desk = new Caller("sea.frontdesk", StaffRole.FRONT_DESK, CODE);
        Caller audit = new Caller("sea.audit", StaffRole.NIGHT_AUDITOR, CODE);
        LocalDate d0 = today.minusDays(2);
        // Two days ago: guests who are in house now, and one who leaves today.
        String inHouse = book(desk, "Maria", "Gonçalves", "WEB", "DLX", d0, today.plusDays(2), "189.00", "201");
        String leavesToday = book(desk, "John", "Whitaker", "PHONE", "STD", d0, today, "129.00", "101");
        String leftYesterday =
                book(desk, "Sofia", "Lindqvist", "EXPEDIA", "STD", d0, today.minusDays(1), "119.00", "102");
        checkingIn.checkIn(desk, CODE, inHouse, new CheckInRequest(null));
        checkingIn.checkIn(desk, CODE, leavesToday, new CheckInRequest(null));
        checkingIn.checkIn(desk, CODE, leftYesterday, new CheckInRequest(null));
        charge(desk, inHouse, "MINIBAR", "2");
        nightAudit.run(audit, CODE, new NightAuditRequest(d0));

        LocalDate d1 = d0.plusDays(1);
        String noShow = book(desk, "Peter", "Okafor", "BOOKING", "STD", d1, today.plusDays(1), "125.00", null);
        pay(desk, leftYesterday, "VISA", folios.folio(desk, CODE, leftYesterday).balance(), "4242");
        checkingOut.checkOut(desk, CODE, leftYesterday, new CheckOutRequest(false));
        noShows.markNoShow(desk, CODE, noShow);
        nightAudit.run(audit, CODE, new NightAuditRequest(d1));

        // Today: arrivals still to come, an in-house guest, a departure, a cancellation and future bookings.
        charge(desk, leavesToday, "PARKING", "2");
        pay(desk, leavesToday, "CASH", folios.folio(desk, CODE, leavesToday).balance(), null);
        checkingOut.checkOut(desk, CODE, leavesToday, new CheckOutRequest(false));
        rooms.setStatus(desk, CODE, "101", new RoomStatusRequest(Housekeeping.DIRTY, false));
        rooms.setStatus(admin, CODE, "110", new RoomStatusRequest(Housekeeping.DIRTY, true));
        rooms.setStatus(desk, CODE, "202", new RoomStatusRequest(Housekeeping.INSPECTED, false));
        book(desk, "Aiko", "Tanaka", "WEB", "DLX", today, today.plusDays(3), "199.00", "202");
        book(desk, "Lukas", "Schäfer", "PHONE", "STD", today, today.plusDays(1), "129.00", null);
        String deposit = book(desk, "Amara", "Nwosu", "EXPEDIA", "STE", today, today.plusDays(4), "289.00", "301");
        pay(desk, deposit, "AMEX", new BigDecimal("289.00"), "1005");
        String cancelled =
                book(desk, "Oliver", "Brennan", "PHONE", "STD", today.plusDays(1), today.plusDays(3), "129.00", null);
        cancelling.cancel(desk, CODE, cancelled, new CancelRequest("Guest changed travel plans"));
        book(desk, "Chloé", "Dubois", "BOOKING", "DLX", today.plusDays(5), today.plusDays(8), "179.00", null);
        book(desk, "Rahul", "Mehta", "WALKIN", "STD", today.plusDays(7), today.plusDays(9), "129.00", null);
        return logins;
    }

    private void code(
            Caller admin,
            MasterDataKind kind,
            String code,
            String description,
            String price,
            Boolean card,
            Integer maxOccupancy) {
        masterData.create(
                admin,
                CODE,
                kind,
                new CreateMasterCodeRequest(
                        code, description, price == null ? null : new BigDecimal(price), card, maxOccupancy));
    }

    private String book(
            Caller desk,
            String first,
            String last,
            String source,
            String roomType,
            LocalDate arrival,
            LocalDate departure,
            String rate,
            String room) {
        return taking.take(
                        desk,
                        CODE,
                        new CreateBookingRequest(
                                null,
                                new GuestDetails(first, last, first.toLowerCase() + "@example.com", null),
                                source,
                                roomType,
                                arrival,
                                departure,
                                2,
                                0,
                                new BigDecimal(rate),
                                room,
                                null))
                .confirmation();
    }

    private void charge(Caller desk, String confirmation, String item, String quantity) {
        charges.postCharge(
                desk, CODE, confirmation, new PostChargeRequest(item, new BigDecimal(quantity), null, null, null));
    }

    private void pay(Caller desk, String confirmation, String receiptType, BigDecimal amount, String last4) {
        payments.postPayment(
                desk,
                CODE,
                confirmation,
                new PostPaymentRequest(receiptType, amount, last4, null, null, null, null, null, null));
    }

    private String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    Path loginsFile() {
        return dataDir.resolve("demo-logins.txt");
    }

    private void writeLogins(Map<String, String> logins) {
        StringBuilder text = new StringBuilder("# Innkeep demo logins for property SEA: username password\n");
        logins.forEach((user, pw) -> text.append(user).append(' ').append(pw).append('\n'));
        try {
            Files.createDirectories(dataDir);
            Path file = loginsFile();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write demo logins to " + loginsFile(), e);
        }
    }
}
