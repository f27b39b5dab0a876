package app.innkeep.standby.outage;

import static app.innkeep.standby.support.StandbyHotel.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalRoom;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.CollisionFlags.CloudHold;
import app.innkeep.standby.outage.CollisionFlags.DeskVersion;
import app.innkeep.standby.outage.Collisions.Collision;
import app.innkeep.standby.reentry.WorkStatus;
import app.innkeep.standby.reentry.Worklist;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The collision flags and the desk's work they are decided on, through the repositories, on a real encrypted replica:
 * a flag's every column there and back, and the reads across the desk's tables and the cloud's copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollisionFlagsIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-23T11:02:03.456789Z");

    ApplicationContext context;
    CollisionFlags flags;
    Replica replica;
    InTransaction tx;
    long outage;

    @BeforeAll
    void deskWorkedThroughAnOutage() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY)
                .rooms("STD", "101", "102", "103")
                .booking(reserved("100042").inRoom("101").arriving(TODAY).leaving(TODAY.plusDays(3)))
                .booking(reserved("100043")
                        .inRoom("102")
                        .arriving(TODAY.plusDays(5))
                        .leaving(TODAY.plusDays(6)))
                .booking(reserved("100044").arriving(TODAY).leaving(TODAY.plusDays(1)));
        flags = context.getBean(CollisionFlags.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
        LocalRecords local = context.getBean(LocalRecords.class);
        Outages outages = context.getBean(Outages.class);
        outage = tx.write(() -> outages.start(NOW, "dana", "internet down", null));
        tx.run(() -> {
            // A walk-in in room 101 on the cloud booking's nights, a cloud booking changed here in 102 on other nights.
            local.saveBooking(
                    booking("D1001", BookingOrigin.WALK_IN, "101", TODAY, TODAY.plusDays(2)), null, outage, NOW);
            local.saveBooking(
                    booking("100043", BookingOrigin.CHANGED, "102", TODAY, TODAY.plusDays(1)),
                    "{\"v\":1}",
                    outage,
                    NOW);
            local.saveBooking(
                    booking("100045", BookingOrigin.CHANGED, null, TODAY, TODAY.plusDays(1)), "{\"v\":2}", outage, NOW);
            local.postLine(
                    "100044",
                    new Posting(
                            LineKind.CHARGE,
                            "MINIBAR",
                            null,
                            BigDecimal.ONE,
                            BigDecimal.TEN,
                            BigDecimal.TEN,
                            TODAY,
                            null),
                    null,
                    UUID.randomUUID().toString(),
                    NOW,
                    "dana");
        });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aFlagKeepsEveryColumnAndItsNulls() {
        tx.run(() -> {
            flags.flag("FOLIO_CHANGED_IN_CLOUD", "200001", null, null, null, "line-7", "a cloud line", NOW, null, null);
            flags.flag(
                    "ROOM_DOUBLE_BOOKED",
                    "D2001",
                    "200002",
                    "103",
                    42L,
                    "D2001/200002",
                    "both in 103",
                    NOW,
                    "web booking",
                    NOW.minusSeconds(90));
        });

        var found = tx.read(() -> flags.forBooking("200001"));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst())
                .isEqualTo(new Collision(
                        found.getFirst().id(),
                        outage,
                        "FOLIO_CHANGED_IN_CLOUD",
                        "200001",
                        null,
                        null,
                        null,
                        "a cloud line",
                        NOW,
                        Collisions.State.OPEN,
                        null,
                        null));
        var clash = tx.read(() -> flags.forBooking("200002"));
        assertThat(clash)
                .as("found by the other booking too")
                .containsExactly(new Collision(
                        clash.getFirst().id(),
                        outage,
                        "ROOM_DOUBLE_BOOKED",
                        "D2001",
                        "200002",
                        "103",
                        42L,
                        "both in 103",
                        NOW,
                        Collisions.State.OPEN,
                        null,
                        null));
        assertThat(tx.read(flags::open)).containsSubsequence(found.getFirst(), clash.getFirst());
        assertThat(tx.read(() -> replica.one(
                        "SELECT VERSION_KEY, NOTED_AT, RESOLVED_AT, RESOLVED_BY, CLOUD_BY, CLOUD_AT FROM COLLISION"
                                + " WHERE ID = ?",
                        rs -> rs.getString(1) + " " + Replica.instant(rs, "NOTED_AT") + " "
                                + Replica.instant(rs, "RESOLVED_AT") + " " + rs.getString(4) + " " + rs.getString(5)
                                + " " + Replica.instant(rs, "CLOUD_AT"),
                        clash.getFirst().id())))
                .as("who sold the room in the cloud, and when, kept beside the flag")
                .contains("D2001/200002 " + NOW + " null null web booking " + NOW.minusSeconds(90));

        assertThat(tx.read(() -> flags.flagged("FOLIO_CHANGED_IN_CLOUD", "200001", "line-7")))
                .isTrue();
        assertThat(tx.read(() -> flags.flagged("FOLIO_CHANGED_IN_CLOUD", "200001", "line-8")))
                .isFalse();
        assertThat(tx.read(() -> flags.flagged("BOOKING_CHANGED_IN_CLOUD", "200001", "line-7")))
                .isFalse();
        assertThat(tx.read(() -> flags.roomClashFlagged("D2001", "200002"))).isTrue();
        assertThat(tx.read(() -> flags.roomClashFlagged("200002", "D2001"))).isFalse();
    }

    @Test
    void theDesksWorkIsReadFromItsOwnTables() {
        assertThat(tx.read(flags::deskBookings)).containsExactlyInAnyOrder("D1001", "100043", "100045");
        assertThat(tx.read(flags::deskBookingsInOrder)).containsExactly("100043", "100045", "D1001");
        assertThat(tx.read(flags::foliosWithDeskLines)).containsExactly("100044");
        assertThat(tx.read(flags::roomsHeldByDesk)).containsExactlyInAnyOrder("101", "102");
        assertThat(tx.read(() -> flags.deskVersion("100043"))).contains(new DeskVersion("{\"v\":1}"));
        assertThat(tx.read(() -> flags.deskVersion("D1001"))).contains(new DeskVersion(null));
        assertThat(tx.read(() -> flags.deskVersion("100042"))).isEmpty();
        assertThat(tx.read(() -> flags.deskWorkedOn("100044")))
                .as("a line posted")
                .isTrue();
        assertThat(tx.read(() -> flags.deskWorkedOn("100043")))
                .as("a booking changed")
                .isTrue();
        assertThat(tx.read(() -> flags.deskWorkedOn("100042"))).isFalse();
    }

    @Test
    void theCloudsBookingsInTheDesksRoomsAreReadAcrossBothCopies() {
        assertThat(tx.read(flags::cloudBookingsInDeskRooms))
                .containsExactlyInAnyOrder(new CloudHold("100042", "101"), new CloudHold("100043", "102"));
        assertThat(tx.read(() -> flags.deskBookingClashingWith("100042")))
                .as("the walk-in's nights overlap")
                .contains("D1001");
        assertThat(tx.read(() -> flags.deskBookingClashingWith("100043")))
                .as("the desk's own version of the booking is not a clash")
                .isEmpty();
        assertThat(tx.read(() -> flags.deskBookingClashingWith("100044"))).isEmpty();
    }

    @Test
    void aBookingIsUnderReentryOnceAnEntryOfItIsPostedOrDoneByHand() {
        String entry = UUID.randomUUID().toString();
        OutageJournal journal = context.getBean(OutageJournal.class);
        Worklist worklist = context.getBean(Worklist.class);
        tx.run(() -> journal.append(
                entry,
                outage,
                new JournalChange.RoomStatus(new JournalRoom("CLEAN", false), new JournalRoom("DIRTY", false)),
                "100046",
                "103",
                null,
                null,
                "dana",
                NOW,
                TODAY));
        tx.run(() -> worklist.prepare(outage, NOW));
        assertThat(tx.read(() -> flags.reentryUnderWay("100046"))).as("pending").isFalse();

        tx.run(() -> worklist.settle(entry, WorkStatus.MANUAL, null, null, null, "by hand", "nico", NOW));

        assertThat(tx.read(() -> flags.reentryUnderWay("100046"))).isTrue();
        assertThat(tx.read(() -> flags.reentryUnderWay("100047"))).isFalse();
    }

    private static DeskBooking booking(
            String confirmation, BookingOrigin origin, String room, LocalDate arrival, LocalDate departure) {
        return new DeskBooking(
                confirmation,
                origin,
                BookingStatus.RESERVED,
                null,
                "Ola",
                "Nordmann",
                null,
                null,
                new StayTerms("WALKIN", "STD", room, arrival, departure, 1, 0, new BigDecimal("100.00"), null, null));
    }
}
