package app.innkeep.cloud.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class SnapshotPipeTest {

    @Test
    void everyByteArrivesInOrderThroughPiecesOfAnySizeWhileTheWriterWaitsForTheReader() throws Exception {
        byte[] sent = new byte[300_000];
        new Random(7).nextBytes(sent);
        // Two pieces of 1,000 bytes may wait: the writer waits for the reader many times over.
        SnapshotPipe pipe = new SnapshotPipe(2, 1000, Duration.ofSeconds(30));
        var writer = CompletableFuture.runAsync(() -> {
            try {
                OutputStream out = pipe.output();
                out.write(sent, 0, 10);
                pipe.started();
                int at = 10;
                Random sizes = new Random(3);
                while (at < sent.length) {
                    int n = Math.min(sent.length - at, 1 + sizes.nextInt(4000));
                    if (n == 1) {
                        out.write(sent[at]);
                    } else {
                        out.write(sent, at, n);
                    }
                    at += n;
                }
                pipe.finish();
            } catch (IOException e) {
                pipe.fail(e);
            }
        });
        pipe.awaitStart();
        byte[] received = readAll(pipe.input());
        writer.get();
        assertThat(received).isEqualTo(sent);
    }

    @Test
    void aFailureBeforeTheHeaderIsThrownToTheRequest() {
        SnapshotPipe pipe = new SnapshotPipe(4, 1000, Duration.ofSeconds(30));
        CompletableFuture.runAsync(() -> pipe.fail(new IllegalArgumentException("no such property")));
        assertThatThrownBy(pipe::awaitStart)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such property");
    }

    @Test
    void aFailureAfterTheHeaderBreaksTheReadAfterWhatWasSent() throws Exception {
        SnapshotPipe pipe = new SnapshotPipe(4, 1000, Duration.ofSeconds(30));
        CompletableFuture.runAsync(() -> {
            try {
                pipe.output().write("header\n".getBytes());
                pipe.started();
                pipe.output().write("row 1\n".getBytes());
                pipe.output().flush();
                pipe.fail(new IllegalStateException("the database went away"));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        pipe.awaitStart();
        InputStream in = pipe.input();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
                    byte[] b = new byte[100];
                    int n;
                    while ((n = in.read(b, 0, b.length)) >= 0) {
                        got.write(b, 0, n);
                    }
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the database went away");
        assertThat(got.toString()).isEqualTo("header\nrow 1\n");
    }

    @Test
    void aReaderThatHangsUpStopsTheWriter() throws Exception {
        SnapshotPipe pipe = new SnapshotPipe(1, 100, Duration.ofSeconds(30));
        var writer = CompletableFuture.runAsync(() -> {
            try {
                pipe.started();
                for (int i = 0; i < 1_000_000; i++) {
                    pipe.output().write(new byte[100]);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        pipe.awaitStart();
        pipe.input().read(new byte[10]);
        pipe.input().close();
        assertThatThrownBy(writer::get)
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("the client stopped reading the snapshot");
    }

    @Test
    void aReaderThatStopsReadingStopsTheWriterAfterTheStall() {
        SnapshotPipe pipe = new SnapshotPipe(1, 100, Duration.ofMillis(300));
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 10; i++) {
                        pipe.output().write(new byte[100]);
                    }
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("has not read any of the snapshot");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] b = new byte[777];
        int n;
        while ((n = in.read(b, 0, b.length)) >= 0) {
            all.write(b, 0, n);
        }
        assertThat(in.read()).isEqualTo(-1);
        return all.toByteArray();
    }
}
