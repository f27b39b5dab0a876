package app.innkeep.cloud.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the feed's fast path may answer "nothing new" itself, and when it must leave the request to the page read. */
class DeviceAtHeadTest {

    private static DeviceAtHead sea(Instant revokedAt, boolean backup, long head, long purged) {
        return new DeviceAtHead(7, 1, "SEA", revokedAt, backup, head, purged, null, null, null);
    }

    @Test
    void aStandbyAtTheHeadOfItsOwnPropertyIsUpToDate() {
        assertThat(sea(null, true, 42, 0).upToDate("SEA", 42)).isTrue();
        assertThat(sea(null, true, 0, 0).upToDate("SEA", 0))
                .as("a feed with no events yet")
                .isTrue();
        assertThat(sea(null, true, 42, 42).upToDate("SEA", 42))
                .as("everything trimmed by retention, the standby has it all")
                .isTrue();
    }

    @Test
    void everythingElseGoesToThePageReadWhichWordsTheAnswer() {
        assertThat(sea(null, true, 43, 0).upToDate("SEA", 42))
                .as("an event after the cursor")
                .isFalse();
        assertThat(sea(null, true, 42, 0).upToDate("SEA", 50))
                .as("a cursor ahead of the head")
                .isFalse();
        assertThat(sea(null, true, 42, 0).upToDate("OAK", 42))
                .as("another property's feed")
                .isFalse();
        assertThat(sea(Instant.parse("2026-03-10T10:00:00Z"), true, 42, 0).upToDate("SEA", 42))
                .as("a revoked device")
                .isFalse();
        assertThat(sea(null, false, 42, 0).upToDate("SEA", 42))
                .as("the backup flag off")
                .isFalse();
        assertThat(sea(null, true, 42, 43).upToDate("SEA", 42))
                .as("the cursor behind what retention trimmed")
                .isFalse();
    }
}
