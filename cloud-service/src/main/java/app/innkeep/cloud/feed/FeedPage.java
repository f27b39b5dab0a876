package app.innkeep.cloud.feed;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.model.json.Json;
import app.innkeep.model.snapshot.KeptOnStandby;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a property's feed: the events after {@code after} in order (their stored JSON, exactly as written, or
 * without what the property's standby may not keep), the cursor to ask from next time, the newest sequence there is,
 * and what the standby keeps ({@code kept}, null when not told), so a change of that choice reaches it at its next sync.
 */
public record FeedPage(String property, long after, EncodedEvents events, long next, long head, KeptOnStandby kept) {

    public FeedPage(String property, long after, EncodedEvents events, long next, long head) {
        this(property, after, events, next, head, null);
    }

    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    /** The page as UTF-8 JSON: its head, then the events as they were encoded once, in one copy. */
    public byte[] toJsonBytes() {
        byte[] start = start();
        byte[] page = new byte[start.length + events.size() + END.length];
        System.arraycopy(start, 0, page, 0, start.length);
        int at = events.copyTo(page, start.length);
        System.arraycopy(END, 0, page, at, END.length);
        return page;
    }

    /** The same bytes as views in order, the events' not copied (for the feed's lane); not to be changed. */
    public List<ByteBuffer> toJsonBuffers() {
        List<ByteBuffer> buffers = new ArrayList<>();
        buffers.add(ByteBuffer.wrap(start()));
        buffers.addAll(events.buffers());
        buffers.add(ByteBuffer.wrap(END));
        return buffers;
    }

    private byte[] start() {
        return ("{\"property\":\"" + property + "\",\"after\":" + after + ",\"next\":" + next + ",\"head\":" + head
                        + (kept == null ? "" : ",\"kept\":" + Json.write(kept.toFields())) + ",\"events\":[")
                .getBytes(StandardCharsets.UTF_8);
    }
}
