package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The outage rows through their repository, on a real encrypted replica: every column there and back, NULLs kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutagesIT {

    static final Instant STARTED = Instant.parse("2026-11-23T10:41:07.123456Z");
    static final Instant DATA_AS_OF = Instant.parse("2026-11-23T10:39:58.5Z");
    static final Instant ENDED = Instant.parse("2026-11-24T02:15:00Z");

    ApplicationContext context;
    Outages outages;
    Replica replica;
    InTransaction tx;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        outages = context.getBean(Outages.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void anOutageKeepsEveryColumnFromItsStartToItsEnd() {
        long id = tx.write(() -> outages.start(STARTED, "dana", "internet down since 10:40", DATA_AS_OF));

        Outage open = new Outage(id, STARTED, "dana", "internet down since 10:40", DATA_AS_OF, null, null, null);
        assertThat(tx.read(outages::open)).contains(open);
        assertThat(tx.read(() -> outages.byId(id))).contains(open);
        assertThat(openMark(id)).contains(1);

        tx.run(() -> outages.end(id, ENDED, "nico", "cloud back"));

        assertThat(tx.read(outages::open)).isEmpty();
        assertThat(tx.read(() -> outages.byId(id)))
                .contains(new Outage(
                        id, STARTED, "dana", "internet down since 10:40", DATA_AS_OF, ENDED, "nico", "cloud back"));
        assertThat(openMark(id)).isEmpty();
        assertThat(tx.read(() -> replica.one(
                        "SELECT STARTED_AT, ENDED_AT FROM OUTAGE WHERE ID = ?",
                        rs -> Replica.instant(rs, "STARTED_AT") + " " + Replica.instant(rs, "ENDED_AT"),
                        id)))
                .as("read by hand, the times are the same instants")
                .contains(STARTED + " " + ENDED);
    }

    @Test
    void anOutageWithoutADataTimeKeepsItNull() {
        long id = tx.write(() -> outages.start(STARTED, "dana", "no sync yet", null));
        try {
            assertThat(tx.read(() -> outages.byId(id)).orElseThrow().dataAsOf()).isNull();
        } finally {
            tx.run(() -> outages.end(id, ENDED, "dana", null));
        }
        assertThat(tx.read(() -> outages.byId(id)).orElseThrow().endNote()).isNull();
    }

    @Test
    void aSecondOpenOutageIsRefusedAsADuplicateKey() {
        long id = tx.write(() -> outages.start(STARTED, "dana", "first", null));
        try {
            assertThatThrownBy(() -> tx.write(() -> outages.start(STARTED, "nico", "second", null)))
                    .matches(DuplicateKey::in, "the database's duplicate-key refusal, as the desk recognises it");
        } finally {
            tx.run(() -> outages.end(id, ENDED, "dana", "done"));
        }
    }

    @Test
    void recentAreTheLastTwentyNewestFirst() {
        LongStream.range(0, 22).forEach(i -> {
            long id = tx.write(() -> outages.start(STARTED.plusSeconds(i), "dana", "outage " + i, null));
            tx.run(() -> outages.end(id, ENDED, "dana", null));
        });

        var recent = tx.read(outages::recent);

        assertThat(recent).hasSize(20);
        assertThat(recent.getFirst().reason()).isEqualTo("outage 21");
        assertThat(recent).isSortedAccordingTo((a, b) -> Long.compare(b.id(), a.id()));
    }

    /** OPEN_MARK as stored: 1 while open, NULL after (no third value). */
    private Optional<Integer> openMark(long id) {
        long open = tx.read(() -> replica.count("SELECT COUNT(*) FROM OUTAGE WHERE ID = ? AND OPEN_MARK = 1", id));
        long ended = tx.read(() -> replica.count("SELECT COUNT(*) FROM OUTAGE WHERE ID = ? AND OPEN_MARK IS NULL", id));
        assertThat(open + ended).as("outage %s is open or ended", id).isEqualTo(1);
        return open == 1 ? Optional.of(1) : Optional.empty();
    }
}
