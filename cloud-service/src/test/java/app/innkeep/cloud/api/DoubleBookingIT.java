package app.innkeep.cloud.api;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two front desks book the same room for overlapping nights at the same instant, many times over: each time exactly
 * one wins and the other gets a clear 409, never a 500 and never two bookings.
 */
abstract class DoubleBookingIT extends CloudIT {

    static final int ROUNDS = 40;
    TestHotel hotel;
    ExecutorService desks;

    @BeforeAll
    void openHotel() {
        hotel = TestHotel.open(api(), supportToken(), "DBL", "2026-01-05");
        desks = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void closeDesks() {
        desks.shutdownNow();
    }

    @Test
    void overlappingRequestsForOneRoomNeverBothSucceed() throws Exception {
        Api api = api();
        LocalDate start = LocalDate.parse("2026-02-01");
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate arrival = start.plusDays(3L * round);
            // Same room, overlapping by one night, different room types of requests would be a different test.
            var first = hotel.booking(
                    "First" + round, arrival.toString(), arrival.plusDays(2).toString(), "101");
            var second = hotel.booking(
                    "Second" + round,
                    arrival.plusDays(1).toString(),
                    arrival.plusDays(3).toString(),
                    "101");
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (var body : List.of(first, second)) {
                answers.add(desks.submit(() -> {
                    go.await();
                    return api.post(hotel.desk, hotel.path("/bookings"), body);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var f : answers) {
                Api.Answer a = f.get();
                statuses.add(a.status());
                if (a.status() == 409) {
                    assertThat(a.isProblem()).as(a.toString()).isTrue();
                    conflicts++;
                }
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(conflicts).isEqualTo(ROUNDS);
        assertNoRoomNightHeldTwice();
        var bookings = ok(api.get(hotel.desk, hotel.path("/bookings?room=101&limit=200")));
        assertThat(bookings.json()).hasSize(ROUNDS);
    }

    @Test
    void modifyingIntoAnotherBookingsNightsIsRefusedUnderConcurrency() throws Exception {
        Api api = api();
        for (int round = 0; round < ROUNDS / 2; round++) {
            LocalDate arrival = LocalDate.parse("2026-06-01").plusDays(4L * round);
            String a = hotel.book(
                    "MoveA" + round, arrival.toString(), arrival.plusDays(1).toString(), "102");
            String b = hotel.book(
                    "MoveB" + round,
                    arrival.plusDays(2).toString(),
                    arrival.plusDays(3).toString(),
                    "102");
            CountDownLatch go = new CountDownLatch(1);
            // Both stretch into the free night between them at the same time.
            var extendA = desks.submit(() -> {
                go.await();
                return api.patch(
                        hotel.desk,
                        hotel.path("/bookings/" + a),
                        Map.of("departure", arrival.plusDays(2).toString()));
            });
            var extendB = desks.submit(() -> {
                go.await();
                return api.patch(
                        hotel.desk,
                        hotel.path("/bookings/" + b),
                        Map.of("arrival", arrival.plusDays(1).toString()));
            });
            go.countDown();
            assertThat(List.of(extendA.get().status(), extendB.get().status()))
                    .as("round %d", round)
                    .containsExactlyInAnyOrder(200, 409);
        }
        assertNoRoomNightHeldTwice();
    }

    private void assertNoRoomNightHeldTwice() throws Exception {
        try (var c = database.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM BOOKING A JOIN BOOKING B ON A.PROPERTY_ID = B.PROPERTY_ID AND A.ROOM_NUMBER = B.ROOM_NUMBER"
                                        + " AND A.ID < B.ID AND A.ARRIVAL < B.DEPARTURE AND B.ARRIVAL < A.DEPARTURE"
                                        + " WHERE A.STATUS IN ('RESERVED', 'CHECKED_IN') AND B.STATUS IN ('RESERVED', 'CHECKED_IN')")) {
            rs.next();
            assertThat(rs.getLong(1)).as("overlapping bookings of one room").isZero();
        }
    }
}
