package app.innkeep.standby.reentry;

import static app.innkeep.standby.support.StandbyHotel.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.Collisions;
import app.innkeep.standby.outage.Collisions.Collision;
import app.innkeep.standby.outage.Collisions.State;
import app.innkeep.standby.outage.LocalRecords;
import app.innkeep.standby.outage.Outages;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A collision belongs to one outage and is open or resolved, on a real encrypted replica: the walk-in's own cloud copy
 * is never a collision with it, a sign-off resolves its outage's collisions so the desk no longer shows them, and a
 * new outage starts with none of the last one's.
 */
class CollisionsAcrossOutagesIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-23T10:40:00Z");

    ApplicationContext context;
    InTransaction tx;
    Collisions collisions;
    LocalRecords local;
    Outages outages;
    Worklist worklist;
    ReentryStore reentries;

    @BeforeEach
    void aHotelWhoseChannelSoldRoom101AndWhoseCloudHoldsTheWalkInOf102() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102", "103")
                // A channel sold 101 during the outage; 100043 is the cloud booking walk-in D1002 became at re-entry.
                .booking(reserved("100042").inRoom("101").arriving(TODAY).leaving(TODAY.plusDays(2)))
                .booking(reserved("100043").inRoom("102").arriving(TODAY).leaving(TODAY.plusDays(1)));
        tx = InTransaction.of(context);
        collisions = context.getBean(Collisions.class);
        local = context.getBean(LocalRecords.class);
        outages = context.getBean(Outages.class);
        worklist = context.getBean(Worklist.class);
        reentries = context.getBean(ReentryStore.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void theCloudBookingAWalkInBecameIsNeverACollisionWithIt() {
        long outage = outageWithWalkIns("D1001", "101", "D1002", "102");
        // The feed may bring the walk-in's cloud copy before the standby has recorded what the cloud answered.
        tx.run(() -> collisions.cloudBookingWritten("100043", 7L, "sea.frontdesk", NOW));
        assertThat(tx.read(() -> collisions.forBooking("100043"))).hasSize(1);

        tx.run(() -> worklist.mapDNumber("D1002", "100043", NOW.plusSeconds(3600)));
        tx.run(() -> collisions.cloudBookingWritten("100043", 8L, "sea.frontdesk", NOW));
        tx.run(collisions::afterResync);

        assertThat(tx.read(() -> collisions.forBooking("100043"))).isEmpty();
        assertThat(tx.read(() -> collisions.forBooking("D1002"))).isEmpty();
        assertThat(tx.read(collisions::open))
                .extracting(Collision::confirmation, Collision::otherConfirmation, Collision::outageId)
                .as("only the room the channel really sold")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D1001", "100042", outage));
    }

    @Test
    void aSignOffResolvesItsCollisionsAndANewOutageListsOnlyItsOwn() {
        long first = outageWithWalkIns("D1001", "101", "D1002", "103");
        tx.run(() -> collisions.cloudBookingWritten("100042", 7L, "sea.frontdesk", NOW));
        assertThat(tx.read(() -> collisions.forBooking("100042")))
                .singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(State.OPEN));
        tx.run(() -> {
            reentries.state(first);
            reentries.signedOff(first, NOW.plusSeconds(7200), "nico");
        });

        assertThat(tx.read(() -> collisions.forBooking("100042")))
                .as("the booking carries no flag of a signed-off outage")
                .isEmpty();
        assertThat(tx.read(collisions::open)).isEmpty();
        assertThat(tx.read(collisions::ofCurrentOutage))
                .as("the report of the signed-off outage prints it as resolved")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo(State.RESOLVED);
                    assertThat(c.resolvedBy()).isEqualTo("nico");
                    assertThat(c.resolvedAt()).isEqualTo(NOW.plusSeconds(7200));
                });

        long second = tx.write(() -> outages.start(NOW.plusSeconds(86_400), "dana", "fibre cut again", null));
        assertThat(tx.read(collisions::ofCurrentOutage))
                .as("a new outage starts with none of the last one's")
                .isEmpty();
        tx.run(() -> local.saveBooking(walkIn("D1005", "101"), null, second, NOW.plusSeconds(86_500)));
        tx.run(() -> collisions.cloudBookingWritten("100042", 9L, "sea.frontdesk", NOW));

        assertThat(tx.read(collisions::ofCurrentOutage))
                .extracting(Collision::confirmation, Collision::outageId, Collision::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D1005", second, State.OPEN));
        assertThat(tx.read(() -> collisions.forBooking("100042")))
                .extracting(Collision::confirmation)
                .containsExactly("D1005");
    }

    /** An outage, ended, whose desk took two walk-ins tonight; returns its ID. */
    private long outageWithWalkIns(String first, String firstRoom, String second, String secondRoom) {
        long outage = tx.write(() -> outages.start(NOW, "dana", "internet down", null));
        tx.run(() -> {
            local.saveBooking(walkIn(first, firstRoom), null, outage, NOW.plusSeconds(60));
            local.saveBooking(walkIn(second, secondRoom), null, outage, NOW.plusSeconds(120));
            outages.end(outage, NOW.plusSeconds(1800), "nico", "cloud back");
        });
        return outage;
    }

    private static DeskBooking walkIn(String dNumber, String room) {
        return new DeskBooking(
                dNumber,
                BookingOrigin.WALK_IN,
                BookingStatus.CHECKED_IN,
                null,
                "Zoë",
                "Ångström",
                null,
                null,
                new StayTerms(
                        "WALKIN", "STD", room, TODAY, TODAY.plusDays(1), 1, 0, new BigDecimal("120.00"), null, null));
    }
}
