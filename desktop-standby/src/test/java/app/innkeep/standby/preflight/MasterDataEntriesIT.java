package app.innkeep.standby.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.preflight.MasterDataPreflight.Entry;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The standby's own master data through its repository (a two-column key), on a real encrypted replica: every column
 * there and back with its NULLs, created then changed, and seen by the desk's hand-written reads of the same table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterDataEntriesIT {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:01.5Z");

    ApplicationContext context;
    MasterDataEntries entries;
    Replica replica;
    InTransaction tx;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        entries = context.getBean(MasterDataEntries.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void anEntryIsCreatedThenChangedWithEveryColumnAndItsNulls() {
        assertThat(tx.read(entries::localIsEmpty)).isTrue();
        Entry visa = new Entry("receipt-type", "VISA", "Visa", null, true, null, true);
        Entry minibar = new Entry("inventory-item", "MINIBAR", null, new BigDecimal("6.50"), null, null, false);
        Entry standard = new Entry("room-type", "STD", "Standard", new BigDecimal("100.00"), null, 2, true);

        tx.run(() -> {
            entries.save(visa, NOW);
            entries.save(minibar, NOW);
            entries.save(standard, NOW);
        });

        assertThat(tx.read(entries::localIsEmpty)).isFalse();
        assertThat(tx.read(() -> entries.local("receipt-type", "VISA"))).contains(visa);
        assertThat(tx.read(() -> entries.local("inventory-item", "MINIBAR"))).contains(minibar);
        assertThat(tx.read(() -> entries.local("room-type", "STD"))).contains(standard);
        assertThat(tx.read(() -> entries.local("room-type", "VISA")))
                .as("the key is both columns")
                .isEmpty();
        assertThat(tx.read(() -> entries.local())).as("by kind, then code").containsExactly(minibar, visa, standard);
        assertThat(tx.read(entries::localKeys))
                .containsExactlyInAnyOrder("receipt-type/VISA", "inventory-item/MINIBAR", "room-type/STD");
        assertThat(tx.read(() -> context.getBean(DeskQueries.class).codes("receipt-type")))
                .as("the desk's read by hand")
                .containsExactly(new DeskQueries.Code("VISA", "Visa", null, true));

        Entry changed = new Entry("room-type", "STD", null, null, false, null, false);
        tx.run(() -> entries.save(changed, NOW.plusSeconds(30)));

        assertThat(tx.read(() -> entries.local("room-type", "STD"))).contains(changed);
        assertThat(tx.read(() -> entries.local())).hasSize(3);
        assertThat(tx.read(() -> replica.one(
                        "SELECT UPDATED_AT FROM MASTER_DATA WHERE KIND = 'room-type' AND CODE = 'STD'",
                        rs -> Replica.instant(rs, "UPDATED_AT"))))
                .contains(NOW.plusSeconds(30));
        assertThat(tx.read(() -> replica.one(
                        "SELECT UPDATED_AT FROM MASTER_DATA WHERE KIND = 'receipt-type' AND CODE = 'VISA'",
                        rs -> Replica.instant(rs, "UPDATED_AT"))))
                .as("the other entries untouched")
                .contains(NOW);
    }
}
