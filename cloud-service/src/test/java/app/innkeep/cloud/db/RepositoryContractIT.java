package app.innkeep.cloud.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.folio.FolioLineRow;
import app.innkeep.cloud.folio.FolioLines;
import app.innkeep.cloud.guest.Guests;
import app.innkeep.cloud.intake.IdempotentRequests;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.pairing.DeviceAtHead;
import app.innkeep.cloud.pairing.DeviceRow;
import app.innkeep.cloud.pairing.Devices;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryEntries;
import app.innkeep.cloud.reentry.ReentryEntries.EntryRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffRow;
import app.innkeep.cloud.staff.StaffUsers;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.reentry.ReentryAction;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract every database under the cloud must keep, run against each one: the constraints that make double
 * bookings, double voids and double RENT impossible, NULL handling, name search, and gap-free confirmation numbers.
 */
abstract class RepositoryContractIT extends CloudIT {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-01-05");

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    Properties properties;

    @Inject
    Rooms rooms;

    @Inject
    Guests guests;

    @Inject
    Bookings bookings;

    @Inject
    FolioLines lines;

    @Inject
    MasterCodes codes;

    @Inject
    IdempotentRequests answers;

    @Inject
    StaffUsers staff;

    @Inject
    Devices devices;

    @Inject
    ReentryEntries entries;

    long propertyId;

    @BeforeAll
    void property() {
        propertyId = write(() -> {
            long id = properties.insert("CTR", "Contract Inn", "UTC", "EUR", DAY, NOW);
            codes.insert(new MasterCodeRow(id, MasterDataKind.ROOM_TYPE, "STD", "Standard", null, false, 2, true), NOW);
            rooms.insert(new RoomRow(id, "101", "STD", Housekeeping.CLEAN, false, true), NOW);
            return id;
        });
    }

    /** The stereotype that compiles a repository for this database: exactly that sub-interface must be the bean. */
    protected abstract Class<? extends Annotation> dialect();

    @Test
    void everyRepositoryIsCompiledForThisDatabase() {
        var repositories = server.getApplicationContext().getBeansOfType(GenericRepository.class);
        assertThat(repositories)
                .extracting(r -> Arrays.stream(r.getClass().getInterfaces())
                        .filter(i -> i.isAnnotationPresent(dialect()))
                        .map(i -> i.getEnclosingClass().getSimpleName())
                        .findFirst()
                        .orElse(r.getClass().getName() + " in the other dialect"))
                .containsExactlyInAnyOrder(
                        "AuditEntries",
                        "DeviceTable",
                        "GuestTable",
                        "IdempotentRequestTable",
                        "LetterTemplateTable",
                        "MasterCodeTable",
                        "PageSessionTable",
                        "PairingCodeTable",
                        "PropertyTable",
                        "ReentryEntryTable",
                        "RoomNightTable",
                        "RoomTable",
                        "StaffUserTable");
    }

    @Test
    void aRoomNightCanBeClaimedOnlyOnce() {
        long first = booking("Alpha", null);
        long second = booking("Beta", null);
        write(() -> {
            rooms.claimNights(propertyId, "101", DAY, DAY.plusDays(3), first);
            return null;
        });
        assertThatThrownBy(() -> write(() -> {
                    rooms.claimNights(propertyId, "101", DAY.plusDays(2), DAY.plusDays(4), second);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);
        // The refused claim left nothing behind, not even its first (free) night.
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "101", DAY.plusDays(3), DAY.plusDays(4), first)))
                .isEmpty();
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "101", DAY, DAY.plusDays(4), first)))
                .isEmpty();
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "101", DAY, DAY.plusDays(4), second)))
                .contains(first);
    }

    @Test
    void aLineCanBeReversedOnlyOnceAndRentPostedOncePerNight() {
        long booking = booking("Gamma", null);
        long charge = write(() -> lines.insert(line(booking, LineKind.CHARGE, "MINIBAR", "12.00", null, null)));
        write(() -> lines.insert(line(booking, LineKind.CHARGE, "MINIBAR", "-12.00", charge, null)));
        assertThatThrownBy(() ->
                        write(() -> lines.insert(line(booking, LineKind.CHARGE, "MINIBAR", "-12.00", charge, null))))
                .isInstanceOf(Db.ConstraintViolated.class);
        write(() -> lines.insert(line(booking, LineKind.CHARGE, "RENT", "90.00", null, DAY)));
        assertThatThrownBy(() -> write(() -> lines.insert(line(booking, LineKind.CHARGE, "RENT", "90.00", null, DAY))))
                .isInstanceOf(Db.ConstraintViolated.class);
        assertThat(read(() -> lines.hasRentFor(booking, DAY))).isTrue();
        assertThat(read(() -> lines.hasRentFor(booking, DAY.plusDays(1)))).isFalse();
        assertThat(read(() -> lines.isReversed(charge))).isTrue();
    }

    @Test
    void balanceIsChargesMinusPaymentsAndZeroForAnEmptyFolio() {
        long booking = booking("Delta", null);
        assertThat(read(() -> lines.balance(propertyId, booking))).isEqualByComparingTo("0");
        write(() -> lines.insert(line(booking, LineKind.CHARGE, "RENT", "100.00", null, null)));
        write(() -> lines.insert(line(booking, LineKind.CHARGE, "MINIBAR", "7.50", null, null)));
        write(() -> lines.insert(line(booking, LineKind.PAYMENT, "CASH", "50.00", null, null)));
        assertThat(read(() -> lines.balance(propertyId, booking))).isEqualByComparingTo("57.50");
    }

    @Test
    void nullsAreStoredAndReadBackAsNulls() {
        long booking = booking("Epsilon", null);
        BookingRow row = read(() -> bookings.byId(propertyId, booking).orElseThrow());
        assertThat(row.room()).isNull();
        assertThat(row.cancelReason()).isNull();
        assertThat(row.status()).isEqualTo(BookingStatus.RESERVED);
    }

    @Test
    void guestNamesAreFoundCaseInsensitivelyWithAccents() {
        booking("Gonçalves", null);
        assertThat(read(() -> guests.search(propertyId, "gonç", 10)))
                .extracting(g -> g.lastName())
                .contains("Gonçalves");
        assertThat(read(() -> guests.search(propertyId, "GUEST GON", 10))).isEmpty();
    }

    @Test
    void confirmationNumbersNeverRepeatUnderConcurrency() throws Exception {
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> taken.add(write(() -> properties.nextConfirmation(propertyId)))));
            }
            for (var f : futures) {
                f.get();
            }
        }
        assertThat(new HashSet<>(taken)).hasSize(40);
        long min = Collections.min(taken);
        assertThat(Collections.max(taken) - min).as("no gaps").isEqualTo(39);
    }

    @Test
    void anIdempotencyKeyIsStoredOncePerProperty() {
        write(() -> {
            answers.insert(propertyId, "key-00000001", "hash", 201, "{}", NOW);
            return null;
        });
        assertThatThrownBy(() -> write(() -> {
                    answers.insert(propertyId, "key-00000001", "other", 201, "{}", NOW);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);
        assertThat(read(() -> answers.find(propertyId, "key-00000001"))
                        .orElseThrow()
                        .requestHash())
                .isEqualTo("hash");
    }

    @Test
    void staffUsersCarryTheirPropertysCodeAndSupportStaffNone() {
        long clerk = write(() -> staff.insert(propertyId, "ctr.clerk", "Clerk", StaffRole.FRONT_DESK, "h1", NOW));
        write(() -> staff.insert(propertyId, "ctr.admin", "Admin", StaffRole.PROPERTY_ADMIN, "h2", NOW));
        write(() -> staff.insert(null, "ctr.support", "Support", StaffRole.SUPPORT, "h3", NOW));

        StaffRow read = read(() -> staff.byUsername("ctr.clerk").orElseThrow());
        assertThat(read)
                .isEqualTo(new StaffRow(
                        clerk, propertyId, "CTR", "ctr.clerk", "Clerk", StaffRole.FRONT_DESK, "h1", 0, null, true, 0));
        StaffRow support = read(() -> staff.byUsername("ctr.support").orElseThrow());
        assertThat(support.propertyId()).isNull();
        assertThat(support.propertyCode()).isNull();
        assertThat(read(() -> staff.ofProperty(propertyId)))
                .extracting(StaffRow::username)
                .containsExactly("ctr.admin", "ctr.clerk");
        assertThat(read(() -> staff.byUsername("nobody"))).isEmpty();
        assertThatThrownBy(() ->
                        write(() -> staff.insert(propertyId, "ctr.clerk", "Twin", StaffRole.FRONT_DESK, "h", NOW)))
                .isInstanceOf(Db.ConstraintViolated.class);
    }

    @Test
    void aLockoutANewRoleAndANewPasswordEachEndTheTokensAndAHashUpgradeDoesNot() {
        long id = write(() -> staff.insert(propertyId, "ctr.night", "Night", StaffRole.FRONT_DESK, "old", NOW));
        Instant until = NOW.plusSeconds(900);

        write(() -> {
            staff.recordFailure(id, 1, null);
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::failedLogins, StaffRow::tokenVersion)
                .containsExactly(1, 0L);
        write(() -> {
            staff.recordFailure(id, 2, until);
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::failedLogins, StaffRow::lockedUntil, StaffRow::tokenVersion)
                .containsExactly(2, until, 1L);
        write(() -> {
            staff.recordSuccess(id);
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::failedLogins, StaffRow::lockedUntil, StaffRow::tokenVersion)
                .containsExactly(0, null, 1L);

        write(() -> {
            staff.update(id, "Night Clerk", StaffRole.FRONT_DESK, true, false);
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::displayName, StaffRow::tokenVersion)
                .containsExactly("Night Clerk", 1L);
        write(() -> {
            staff.update(id, "Night Clerk", StaffRole.PROPERTY_ADMIN, false, true);
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::role, StaffRow::active, StaffRow::tokenVersion)
                .containsExactly(StaffRole.PROPERTY_ADMIN, false, 2L);

        write(() -> {
            staff.upgradeHash(id, "not the stored one", "upgraded");
            return null;
        });
        assertThat(user("ctr.night").passwordHash()).isEqualTo("old");
        write(() -> {
            staff.upgradeHash(id, "old", "upgraded");
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(StaffRow::passwordHash, StaffRow::tokenVersion)
                .containsExactly("upgraded", 2L);
        write(() -> {
            staff.recordFailure(id, 3, until);
            staff.setPassword(id, "new");
            return null;
        });
        assertThat(user("ctr.night"))
                .extracting(
                        StaffRow::passwordHash, StaffRow::failedLogins, StaffRow::lockedUntil, StaffRow::tokenVersion)
                .containsExactly("new", 0, null, 4L);
    }

    @Test
    void aDeviceIsFoundByItsCredentialWithItsPropertysCodeAndItsSequenceOnlyMovesForward() {
        long other = write(() -> properties.insert("ABC", "Other Inn", "UTC", "EUR", DAY, NOW));
        long desk = write(() -> devices.insert(propertyId, "Front desk PC", "a".repeat(64), "ctr.admin", NOW, "0.1.0"));
        long back = write(() -> devices.insert(propertyId, "Back office PC", "b".repeat(64), "ctr.admin", NOW, null));
        long elsewhere = write(() -> devices.insert(other, "Lobby PC", "c".repeat(64), "abc.admin", NOW, null));

        assertThat(read(() -> devices.byTokenHash("a".repeat(64)).orElseThrow()))
                .isEqualTo(new DeviceRow(
                        desk, propertyId, "CTR", "Front desk PC", NOW, "ctr.admin", null, null, 0, null, "0.1.0"));
        assertThat(read(() -> devices.byTokenHash("d".repeat(64)))).isEmpty();
        assertThat(read(() -> devices.ofProperty(propertyId)))
                .extracting(DeviceRow::id)
                .containsExactly(desk, back);
        assertThat(read(() -> devices.all())).extracting(DeviceRow::id).containsSubsequence(elsewhere, desk, back);
        assertThatThrownBy(
                        () -> write(() -> devices.insert(propertyId, "Twin", "a".repeat(64), "ctr.admin", NOW, null)))
                .isInstanceOf(Db.ConstraintViolated.class);

        Instant later = NOW.plusSeconds(60);
        write(() -> {
            devices.seen(desk, NOW, 40);
            devices.seen(desk, later, 12);
            return null;
        });
        assertThat(read(() -> devices.byId(desk).orElseThrow()))
                .extracting(DeviceRow::lastSeenAt, DeviceRow::lastSequence)
                .containsExactly(later, 40L);

        write(() -> {
            devices.standbyVersion(back, "0.2.0+b7");
            return null;
        });
        assertThat(read(() -> devices.atHeadByTokenHash("b".repeat(64)).orElseThrow()))
                .as("the feed's one read of the device brings the version it last said")
                .extracting(DeviceAtHead::standbyVersion)
                .isEqualTo("0.2.0+b7");
        assertThat(read(() -> devices.byId(back).orElseThrow().standbyVersion()))
                .isEqualTo("0.2.0+b7");

        write(() -> {
            devices.revoke(back, "ctr.admin", NOW, "PC sold");
            devices.revoke(back, "someone later", later, "another reason");
            return null;
        });
        assertThat(read(() -> devices.byId(back).orElseThrow()))
                .as("the first revocation's time and reason stay")
                .extracting(DeviceRow::revokedAt, DeviceRow::revokedReason)
                .containsExactly(NOW, "PC sold");
    }

    @Test
    void aPairingCodeIsClaimedOnceAndNeverAfterItExpires() {
        Instant expires = NOW.plusSeconds(600);
        write(() -> {
            devices.insertCode("1".repeat(64), propertyId, "ctr.admin", NOW, expires);
            devices.insertCode("2".repeat(64), propertyId, "ctr.admin", NOW, expires);
            return null;
        });

        assertThat(write(() -> devices.claimCode("1".repeat(64), NOW.plusSeconds(10))))
                .contains(propertyId);
        assertThat(write(() -> devices.claimCode("1".repeat(64), NOW.plusSeconds(20))))
                .isEmpty();
        assertThat(write(() -> devices.claimCode("2".repeat(64), expires))).isEmpty();
        assertThat(write(() -> devices.claimCode("3".repeat(64), NOW))).isEmpty();
        long device = write(() -> devices.insert(propertyId, "Paired PC", "e".repeat(64), "pairing-code", NOW, null));
        write(() -> {
            devices.attachDevice("1".repeat(64), device);
            return null;
        });
        assertThat(pairedDevice("1".repeat(64))).isEqualTo(device);
        assertThat(pairedDevice("2".repeat(64))).isZero();
        assertThatThrownBy(() -> write(() -> {
                    devices.insertCode("2".repeat(64), propertyId, "ctr.admin", NOW, expires);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);
    }

    @Test
    void roomsAreKeptByPropertyAndNumberAndOnlyActiveInOrderRoomsAreSellable() {
        write(() -> {
            rooms.insert(new RoomRow(propertyId, "302", "SUI", Housekeeping.CLEAN, false, true), NOW);
            rooms.insert(new RoomRow(propertyId, "301", "SUI", Housekeeping.CLEAN, false, true), NOW);
            rooms.insert(new RoomRow(propertyId, "303", "SUI", Housekeeping.CLEAN, true, true), NOW);
            rooms.insert(new RoomRow(propertyId, "304", "SUI", Housekeeping.CLEAN, false, false), NOW);
            return null;
        });
        assertThat(read(() -> rooms.list(propertyId)))
                .extracting(RoomRow::number)
                .containsSubsequence("101", "301", "302", "303", "304");
        assertThat(read(() -> rooms.sellableCount(propertyId, "SUI"))).isEqualTo(2);

        write(() -> {
            rooms.update(new RoomRow(propertyId, "301", "SUI", Housekeeping.DIRTY, true, true), NOW);
            return null;
        });
        assertThat(read(() -> rooms.find(propertyId, "301")))
                .contains(new RoomRow(propertyId, "301", "SUI", Housekeeping.DIRTY, true, true));
        assertThat(read(() -> rooms.sellableCount(propertyId, "SUI"))).isEqualTo(1);
        assertThat(read(() -> rooms.find(propertyId, "399"))).isEmpty();
        assertThatThrownBy(() -> write(() -> {
                    rooms.insert(new RoomRow(propertyId, "302", "STD", Housekeeping.CLEAN, false, true), NOW);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);
    }

    @Test
    void releasedNightsCanBeBookedAgainAndAnEarlyDepartureFreesOnlyTheRest() {
        long stay = booking("Zeta", null);
        write(() -> {
            rooms.insert(new RoomRow(propertyId, "401", "STD", Housekeeping.CLEAN, false, true), NOW);
            rooms.claimNights(propertyId, "401", DAY, DAY.plusDays(3), stay);
            return null;
        });
        write(() -> {
            rooms.releaseNightsFrom(stay, DAY.plusDays(1));
            return null;
        });
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "401", DAY, DAY.plusDays(3), -1)))
                .contains(stay);
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "401", DAY.plusDays(1), DAY.plusDays(3), -1)))
                .isEmpty();
        write(() -> {
            rooms.releaseNights(stay);
            return null;
        });
        assertThat(read(() -> rooms.occupyingBooking(propertyId, "401", DAY, DAY.plusDays(3), -1)))
                .isEmpty();
    }

    @Test
    void masterCodesAreKeptByPropertyKindAndCodeWithTheirUsagesCounted() {
        MasterCodeRow sauna = new MasterCodeRow(
                propertyId, MasterDataKind.INVENTORY_ITEM, "SAUNA", "Sauna", new BigDecimal("4.50"), false, null, true);
        write(() -> {
            codes.insert(sauna, NOW);
            codes.insert(
                    new MasterCodeRow(propertyId, MasterDataKind.INVENTORY_ITEM, "BAR", "Bar", null, false, null, true),
                    NOW);
            codes.insert(
                    new MasterCodeRow(
                            propertyId, MasterDataKind.RECEIPT_TYPE, "VOUCHER", "Voucher", null, false, null, true),
                    NOW);
            codes.insert(
                    new MasterCodeRow(propertyId, MasterDataKind.SOURCE, "WEB", "Web", null, false, null, true), NOW);
            return null;
        });
        assertThat(read(() -> codes.find(propertyId, MasterDataKind.INVENTORY_ITEM, "SAUNA")))
                .contains(sauna);
        assertThat(read(() -> codes.find(propertyId, MasterDataKind.RECEIPT_TYPE, "SAUNA")))
                .isEmpty();
        assertThat(read(() -> codes.list(propertyId, MasterDataKind.INVENTORY_ITEM)))
                .extracting(MasterCodeRow::code)
                .containsExactly("BAR", "SAUNA");

        MasterCodeRow changed = new MasterCodeRow(
                propertyId, MasterDataKind.INVENTORY_ITEM, "SAUNA", "Sauna and spa", null, false, 3, false);
        write(() -> {
            codes.update(changed, NOW);
            codes.delete(propertyId, MasterDataKind.INVENTORY_ITEM, "BAR");
            return null;
        });
        assertThat(read(() -> codes.list(propertyId, MasterDataKind.INVENTORY_ITEM)))
                .containsExactly(changed);
        assertThatThrownBy(() -> write(() -> {
                    codes.insert(sauna, NOW);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);

        long booking = booking("Eta", null);
        write(() -> lines.insert(line(booking, LineKind.CHARGE, "SAUNA", "4.50", null, null)));
        write(() -> lines.insert(line(booking, LineKind.PAYMENT, "VOUCHER", "4.50", null, null)));
        assertThat(read(() -> codes.usages(propertyId, MasterDataKind.INVENTORY_ITEM, "SAUNA")))
                .isEqualTo(1);
        assertThat(read(() -> codes.usages(propertyId, MasterDataKind.RECEIPT_TYPE, "VOUCHER")))
                .isEqualTo(1);
        assertThat(read(() -> codes.usages(propertyId, MasterDataKind.RECEIPT_TYPE, "SAUNA")))
                .isZero();
        assertThat(read(() -> codes.usages(propertyId, MasterDataKind.SOURCE, "WEB")))
                .isPositive();
        long roomTypeUses = read(() -> codes.usages(propertyId, MasterDataKind.ROOM_TYPE, "STD"));
        write(() -> {
            rooms.insert(new RoomRow(propertyId, "501", "STD", Housekeeping.CLEAN, false, true), NOW);
            return null;
        });
        booking("Theta", null);
        assertThat(read(() -> codes.usages(propertyId, MasterDataKind.ROOM_TYPE, "STD")))
                .isEqualTo(roomTypeUses + 2);
    }

    @Test
    void aPropertyIsFoundByCodeAndIdAndItsFlagsChangeWithoutTouchingItsCounter() {
        long id = write(() -> properties.insert("PRP", "Property Inn", "Europe/Lisbon", "EUR", DAY, NOW));
        PropertyRow stored = new PropertyRow(id, "PRP", "Property Inn", "Europe/Lisbon", "EUR", DAY, false, NOW);
        assertThat(read(() -> properties.byCode("PRP"))).contains(stored);
        assertThat(read(() -> properties.byId(id))).contains(stored);
        assertThat(read(() -> properties.byCode("NONE"))).isEmpty();
        assertThat(read(() -> properties.all()))
                .extracting(PropertyRow::code)
                .isSorted()
                .contains("CTR", "PRP");
        assertThatThrownBy(() -> write(() -> properties.insert("PRP", "Twin", "UTC", "EUR", DAY, NOW)))
                .isInstanceOf(Db.ConstraintViolated.class);

        long first = write(() -> properties.nextConfirmation(id));
        write(() -> {
            properties.setBackupEnabled(id, true);
            properties.setBusinessDate(id, DAY.plusDays(1));
            return null;
        });
        assertThat(read(() -> properties.byId(id).orElseThrow()))
                .extracting(PropertyRow::backupEnabled, PropertyRow::businessDate)
                .containsExactly(true, DAY.plusDays(1));
        assertThat(write(() -> properties.nextConfirmation(id))).isEqualTo(first + 1);
    }

    @Test
    void aJournalEntryIsRecordedOnceAndFoundAmongManyIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add(String.format("00000000-0000-0000-0000-%012d", i));
        }
        EntryRow charge = new EntryRow(
                propertyId,
                ids.get(7),
                ReentryAction.CHARGE,
                "D1001",
                "100123",
                42L,
                new BigDecimal("12.50"),
                NOW.minusSeconds(3600),
                DAY,
                "night.clerk",
                9,
                NOW);
        EntryRow walkIn = new EntryRow(
                propertyId,
                ids.get(1100),
                ReentryAction.WALK_IN,
                "D1002",
                null,
                null,
                null,
                NOW.minusSeconds(60),
                DAY,
                "night.clerk",
                9,
                NOW);
        write(() -> {
            entries.insert(charge);
            entries.insert(walkIn);
            return null;
        });

        assertThat(read(() -> entries.find(propertyId, ids.get(7)))).contains(charge);
        assertThat(read(() -> entries.find(propertyId, ids.get(8)))).isEmpty();
        assertThat(read(() -> entries.findAll(propertyId, ids))).containsExactlyInAnyOrder(charge, walkIn);
        assertThatThrownBy(() -> write(() -> {
                    entries.insert(walkIn);
                    return null;
                }))
                .isInstanceOf(Db.ConstraintViolated.class);
    }

    /** The device a code paired, 0 for none: no store reads it back, so the test looks. */
    private long pairedDevice(String codeHash) {
        try (Connection c = database.connect();
                var ps = c.prepareStatement("SELECT DEVICE_ID FROM PAIRING_CODE WHERE CODE_HASH = ?")) {
            ps.setString(1, codeHash);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffRow user(String username) {
        return read(() -> staff.byUsername(username).orElseThrow());
    }

    private long booking(String lastName, String room) {
        return write(() -> {
            long guest = guests.insert(propertyId, "Guest", lastName, null, null, NOW);
            String confirmation = String.valueOf(properties.nextConfirmation(propertyId));
            return bookings.insert(new BookingRow(
                    0,
                    propertyId,
                    confirmation,
                    guest,
                    BookingStatus.RESERVED,
                    new StayTerms("WEB", "STD", room, DAY, DAY.plusDays(2), 2, 0, new BigDecimal("90.00"), null, null),
                    NOW,
                    NOW));
        });
    }

    private FolioLineRow line(
            long booking, LineKind kind, String code, String amount, Long reverses, LocalDate rentNight) {
        BigDecimal value = new BigDecimal(amount);
        return new FolioLineRow(
                0,
                propertyId,
                booking,
                new Posting(kind, code, code, BigDecimal.ONE, value, value, DAY, null),
                null,
                reverses,
                rentNight,
                NOW,
                "tester");
    }

    private <T> T write(Supplier<T> work) {
        return tx.executeWrite(status -> work.get());
    }

    private <T> T read(Supplier<T> work) {
        return tx.executeRead(status -> work.get());
    }
}
