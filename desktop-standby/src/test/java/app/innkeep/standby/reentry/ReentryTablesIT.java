package app.innkeep.standby.reentry;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.outage.CollisionRow;
import app.innkeep.standby.outage.CollisionRows;
import app.innkeep.standby.reentry.ConflictStore.OpenCollision;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.PastOutage;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The re-entry's own tables through their repositories, on a real encrypted replica: the re-entry row of an outage
 * ({@link ReentryStore}) and the collisions and choices the auditor works through ({@link ConflictStore}), every
 * column there and back with its NULLs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReentryTablesIT {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-24T03:10:20.123456Z");

    ApplicationContext context;
    ReentryStore reentries;
    ConflictStore conflicts;
    CollisionRows collisions;
    Replica replica;
    InTransaction tx;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY);
        reentries = context.getBean(ReentryStore.class);
        conflicts = context.getBean(ConflictStore.class);
        collisions = context.getBean(CollisionRows.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aReentryStartsWithNothingDoneAndKeepsEveryStepOfIt() {
        long outage = anOutage();

        assertThat(tx.write(() -> reentries.state(outage)))
                .isEqualTo(new ReentryState(outage, false, null, null, null, null, null, null, null));
        assertThat(tx.write(() -> reentries.state(outage)))
                .as("asked again, the same row")
                .isEqualTo(new ReentryState(outage, false, null, null, null, null, null, null, null));

        tx.run(() -> reentries.assisted(outage, true));
        tx.run(() -> reentries.assistantRan(outage, NOW, "posted 3 of 4"));
        tx.run(() -> reentries.checked(outage, NOW.plusSeconds(60), false, "x".repeat(16_500)));

        ReentryState checked = tx.write(() -> reentries.state(outage));
        assertThat(checked)
                .isEqualTo(new ReentryState(
                        outage,
                        true,
                        NOW,
                        "posted 3 of 4",
                        NOW.plusSeconds(60),
                        false,
                        "x".repeat(16_000),
                        null,
                        null));

        tx.run(() -> reentries.assistantRan(outage, null, null));
        tx.run(() -> reentries.signedOff(outage, NOW.plusSeconds(120), "nico"));

        assertThat(tx.write(() -> reentries.state(outage)))
                .isEqualTo(new ReentryState(
                        outage,
                        true,
                        null,
                        null,
                        NOW.plusSeconds(60),
                        false,
                        "x".repeat(16_000),
                        NOW.plusSeconds(120),
                        "nico"));
    }

    @Test
    void aSignOffResolvesEveryOpenCollisionOfItsOutageAndLeavesResolvedOnesAndOtherOutagesAlone() {
        long outage = anOutage();
        long later = anOutage();
        tx.run(() -> {
            reentries.state(outage);
            collisions.save(of(outage, collision("FOLIO_CHANGED_IN_CLOUD", "300001")));
            collisions.save(of(outage, resolved(collision("ROOM_DOUBLE_BOOKED", "300002"), NOW, "dana")));
            collisions.save(of(later, collision("BOOKING_CHANGED_IN_CLOUD", "300003")));
        });

        tx.run(() -> reentries.signedOff(outage, NOW.plusSeconds(600), "nico"));

        assertThat(resolution("300001")).isEqualTo(NOW.plusSeconds(600) + " nico");
        assertThat(resolution("300002")).isEqualTo(NOW + " dana");
        assertThat(resolution("300003")).as("the later outage's stays open").isEqualTo("null null");
    }

    @Test
    void onlyTheOpenCollisionsThatStopAReentryCount() {
        tx.run(() -> {
            collisions.save(collision("FOLIO_CHANGED_IN_CLOUD", "400001"));
            collisions.save(resolved(collision("BOOKING_CHANGED_IN_CLOUD", "400001"), NOW, "dana"));
            collisions.save(new CollisionRow(
                    null,
                    "ROOM_DOUBLE_BOOKED",
                    "400001",
                    "400009",
                    "101",
                    7L,
                    "k",
                    "sold twice",
                    NOW,
                    null,
                    null,
                    null,
                    "web booking",
                    NOW.minusSeconds(60)));
            collisions.save(collision("BOOKING_CHANGED_IN_CLOUD", "400001"));
            collisions.save(collision("BOOKING_CHANGED_IN_CLOUD", "400002"));
        });

        assertThat(tx.read(() -> conflicts.open("400001")))
                .as("the first open one of the stopping kinds, with who sold the room in the cloud and when")
                .contains(new OpenCollision(
                        ConflictKind.ROOM_DOUBLE_BOOKED,
                        "sold twice",
                        "400009",
                        new ChangedBy("web booking", NOW.minusSeconds(60))));
        assertThat(tx.read(() -> conflicts.unresolved("400001"))).contains("sold twice");
        assertThat(tx.read(() -> conflicts.unresolved(null))).isEmpty();
        assertThat(tx.read(() -> conflicts.open("400003"))).isEmpty();

        tx.run(() -> conflicts.resolved("400001", "nico", NOW.plusSeconds(5)));

        assertThat(tx.read(() -> conflicts.open("400001"))).isEmpty();
        assertThat(tx.read(() -> replica.count(
                        "SELECT COUNT(*) FROM COLLISION WHERE CONFIRMATION = '400001' AND RESOLVED_BY = 'nico'"
                                + " AND RESOLVED_AT = ?",
                        NOW.plusSeconds(5))))
                .as("the two open stopping ones, not the informing one nor the one resolved before")
                .isEqualTo(2);
        assertThat(tx.read(() -> conflicts.open("400002")))
                .as("another booking's")
                .isPresent();
    }

    @Test
    void theAuditorsChoicesAreKeptPerFieldUntilChosenAfresh() {
        tx.run(() -> {
            conflicts.choose("500001", "room", Winner.STANDBY, "102", "nico", NOW);
            conflicts.choose("500001", "rate", Winner.CLOUD, null, "nico", NOW);
            conflicts.choose("500002", "room", Winner.CLOUD, null, "nico", NOW);
        });

        AuditorChoices choices = tx.read(() -> conflicts.choices("500001"));
        assertThat(choices.winner("room")).contains(Winner.STANDBY);
        assertThat(choices.standbyValue("room")).contains("102");
        assertThat(choices.cloudWinsField("rate")).isTrue();
        assertThat(choices.winner("departure")).isEmpty();
        assertThat(tx.read(() -> replica.one(
                        "SELECT WINNER, CHOSEN_VALUE, CHOSEN_BY, CHOSEN_AT FROM REENTRY_CHOICE"
                                + " WHERE BOOKING_REF = '500001' AND FIELD = 'rate'",
                        rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + Replica.instant(rs, "CHOSEN_AT"))))
                .contains("CLOUD null nico " + NOW);
        assertThat(tx.read(() -> conflicts.choices(null)).winner("room")).isEmpty();

        tx.run(() -> conflicts.forgetChoices("500001"));

        assertThat(tx.read(() -> conflicts.choices("500001")).winner("room")).isEmpty();
        assertThat(tx.read(() -> conflicts.choices("500002")).cloudWinsField("room"))
                .as("another booking's stay")
                .isTrue();
    }

    private long anOutage() {
        return PastOutage.of(context, NOW);
    }

    private String resolution(String confirmation) {
        return tx.read(() -> replica.one(
                        "SELECT RESOLVED_AT, RESOLVED_BY FROM COLLISION WHERE CONFIRMATION = ?",
                        rs -> Replica.instant(rs, "RESOLVED_AT") + " " + rs.getString(2),
                        confirmation))
                .orElseThrow();
    }

    private static CollisionRow collision(String kind, String confirmation) {
        return new CollisionRow(
                null,
                kind,
                confirmation,
                null,
                null,
                null,
                null,
                kind + " of " + confirmation,
                NOW,
                null,
                null,
                null,
                null,
                null);
    }

    private static CollisionRow of(long outageId, CollisionRow c) {
        return new CollisionRow(
                null,
                c.kind(),
                c.confirmation(),
                c.otherConfirmation(),
                c.roomNumber(),
                c.sequenceNo(),
                c.versionKey(),
                c.detail(),
                c.notedAt(),
                c.resolvedAt(),
                c.resolvedBy(),
                outageId,
                c.cloudBy(),
                c.cloudAt());
    }

    private static CollisionRow resolved(CollisionRow c, Instant at, String by) {
        return new CollisionRow(
                null,
                c.kind(),
                c.confirmation(),
                c.otherConfirmation(),
                c.roomNumber(),
                c.sequenceNo(),
                c.versionKey(),
                c.detail(),
                c.notedAt(),
                at,
                by,
                c.outageId(),
                c.cloudBy(),
                c.cloudAt());
    }
}
