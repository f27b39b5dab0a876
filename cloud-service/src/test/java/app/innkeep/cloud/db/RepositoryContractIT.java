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
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
