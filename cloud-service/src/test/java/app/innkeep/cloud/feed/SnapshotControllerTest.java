package app.innkeep.cloud.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotControllerTest {

    @Test
    void gzipIsSentOnlyToClientsThatListItWithoutRefusingIt() {
        assertThat(SnapshotController.acceptsGzip("gzip")).isTrue();
        assertThat(SnapshotController.acceptsGzip("br, GZIP;q=0.5")).isTrue();
        assertThat(SnapshotController.acceptsGzip("x-gzip")).isTrue();
        assertThat(SnapshotController.acceptsGzip("gzip;q=0, identity")).isFalse();
        assertThat(SnapshotController.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(SnapshotController.acceptsGzip("identity")).isFalse();
        assertThat(SnapshotController.acceptsGzip(null)).isFalse();
    }
}
