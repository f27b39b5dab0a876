package app.innkeep.cloud.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page put together from rows and from slices of sealed runs, long slices kept as views of the run's bytes: whatever
 * the mix, its joined bytes, its copy and its views in order are the same text, and a view never sees a later change
 * of the gathering buffer.
 */
class EncodedEventsTest {

    private static String event(int n, int padding) {
        return "{\"sequence\":" + n + ",\"name\":\"Zoë " + "x".repeat(padding) + "\"}";
    }

    @Test
    void everyMixOfRowsShortAndLongSlicesGivesTheSameBytesJoinedCopiedOrViewed() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            var builder = new EncodedEvents.Builder(random.nextInt(4) * 512);
            List<String> expected = new ArrayList<>();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                if (random.nextBoolean()) {
                    String e = event(expected.size(), random.nextInt(6000));
                    builder.addStored(e);
                    expected.add(e);
                } else {
                    // A run's bytes: several events, comma separated, sliced as FeedRuns does (some past 4 KB).
                    int events = 1 + random.nextInt(5);
                    List<String> run = new ArrayList<>();
                    for (int i = 0; i < events; i++) {
                        run.add(event(expected.size() + i, random.nextInt(2500)));
                    }
                    byte[] stored = ("[" + String.join(",", run) + "]").getBytes(StandardCharsets.UTF_8);
                    builder.addEncoded(stored, 1, stored.length - 1, events);
                    expected.addAll(run);
                }
            }
            EncodedEvents page = builder.build();
            byte[] text = String.join(",", expected).getBytes(StandardCharsets.UTF_8);

            assertThat(page.count()).isEqualTo(expected.size());
            assertThat(page.size()).isEqualTo(text.length);
            assertThat(page.json()).isEqualTo(text);
            byte[] copy = new byte[text.length + 3];
            assertThat(page.copyTo(copy, 2)).isEqualTo(text.length + 2);
            assertThat(java.util.Arrays.copyOfRange(copy, 2, text.length + 2)).isEqualTo(text);
            var viewed = new ByteArrayOutputStream();
            for (ByteBuffer view : page.buffers()) {
                byte[] part = new byte[view.remaining()];
                view.get(part);
                viewed.writeBytes(part);
            }
            assertThat(viewed.toByteArray()).isEqualTo(text);
        }
    }

    @Test
    void aLongSliceIsAViewOfTheRunNotACopy() {
        String big = event(1, 5000);
        byte[] run = big.getBytes(StandardCharsets.UTF_8);
        var builder = new EncodedEvents.Builder(512);
        builder.addStored(event(0, 3));
        builder.addEncoded(run, 0, run.length, 1);
        EncodedEvents page = builder.build();

        List<ByteBuffer> views = page.buffers();
        assertThat(views).anySatisfy(view -> assertThat(view.array()).isSameAs(run));
        assertThat(new String(page.json(), StandardCharsets.UTF_8)).isEqualTo(event(0, 3) + "," + big);
    }
}
