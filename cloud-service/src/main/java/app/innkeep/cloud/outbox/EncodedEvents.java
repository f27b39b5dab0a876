package app.innkeep.cloud.outbox;

import app.innkeep.model.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run of stored events as the inside of a JSON array, UTF-8, encoded once: from the stored texts without decoding
 * them again, or straight from a sealed run's bytes ({@link FeedRuns}). A slice of a run is kept as a view of the bytes
 * read from the database, not copied, so a page read from runs reaches the socket ({@link #buffers()}) without one
 * copy of its own; only small pieces (events read as rows, the commas) are gathered into a buffer.
 */
public final class EncodedEvents {

    /** A slice this long or longer is kept as a view; shorter ones are copied into the gathering buffer. */
    private static final int SHARED_SLICE = 4096;

    private static final EncodedEvents NONE = new EncodedEvents(List.of(), 0, 0);

    /** Bytes {@code from} (inclusive) to {@code to} of an array that nobody changes. */
    private record Part(byte[] bytes, int from, int to) {}

    private final List<Part> parts;
    private final int size;
    private final int count;
    private byte[] joined;

    private EncodedEvents(List<Part> parts, int size, int count) {
        this.parts = parts;
        this.size = size;
        this.count = count;
    }

    /** The events' texts, comma separated, each repaired if it needs it (see {@link #utf8Repaired}). */
    public static EncodedEvents of(List<String> events) {
        var page = new Builder(events.size() * 512);
        for (String event : events) {
            page.addStored(event);
        }
        return page.build();
    }

    /**
     * The events each parsed, changed by {@code edit} and written again: the slow way, for a property whose standby
     * may not have every field (issue 18). A property that keeps everything never comes here; its events go as stored.
     */
    @SuppressWarnings("unchecked")
    public EncodedEvents rewritten(Consumer<Map<String, Object>> edit) {
        if (count == 0) {
            return this;
        }
        List<Object> parsed = (List<Object>) Json.parse("[" + new String(json(), StandardCharsets.UTF_8) + "]");
        List<String> written = new ArrayList<>(parsed.size());
        for (Object event : parsed) {
            edit.accept((Map<String, Object>) event);
            written.add(Json.write(event));
        }
        return of(written);
    }

    /** How many events. */
    public int count() {
        return count;
    }

    /** How many bytes. */
    public int size() {
        return size;
    }

    /** The bytes between a JSON array's brackets, in one array (joined at the first call); not to be changed. */
    public byte[] json() {
        if (joined == null) {
            if (parts.size() == 1
                    && parts.getFirst().from() == 0
                    && parts.getFirst().to() == parts.getFirst().bytes().length) {
                joined = parts.getFirst().bytes();
            } else {
                byte[] all = new byte[size];
                copyTo(all, 0);
                joined = all;
            }
        }
        return joined;
    }

    /** Copies the bytes into {@code target} from {@code at}; returns where they end. */
    public int copyTo(byte[] target, int at) {
        for (Part part : parts) {
            System.arraycopy(part.bytes(), part.from(), target, at, part.to() - part.from());
            at += part.to() - part.from();
        }
        return at;
    }

    /** The bytes as views in order, without a copy; not to be changed. */
    public List<ByteBuffer> buffers() {
        List<ByteBuffer> views = new ArrayList<>(parts.size());
        for (Part part : parts) {
            views.add(ByteBuffer.wrap(part.bytes(), part.from(), part.to() - part.from()));
        }
        return views;
    }

    /** Puts a page together from stored events and slices of sealed runs, in sequence order. */
    static final class Builder {

        private final List<Part> parts = new ArrayList<>();
        private final int expectedBytes;
        // Small pieces are gathered here: bytes from gatheredFrom to gathered are not yet a part.
        private byte[] gathering;
        private int gatheredFrom;
        private int gathered;
        private int size;
        private int count;

        Builder(int expectedBytes) {
            this.expectedBytes = expectedBytes;
        }

        /** One stored event, repaired if it needs it. */
        void addStored(String event) {
            byte[] encoded = utf8Repaired(event);
            addEncoded(encoded, 0, encoded.length, 1);
        }

        /**
         * {@code events} already encoded events, comma separated, from {@code from} to {@code to}; the bytes must not
         * change afterwards (a long slice is kept as a view).
         */
        void addEncoded(byte[] source, int from, int to, int events) {
            if (events == 0) {
                return;
            }
            if (count > 0) {
                gather(COMMA, 0, 1);
            }
            if (to - from >= SHARED_SLICE) {
                flush();
                parts.add(new Part(source, from, to));
            } else {
                gather(source, from, to);
            }
            size += to - from;
            count += events;
        }

        private void gather(byte[] source, int from, int to) {
            int length = to - from;
            if (gathering == null || gathered + length > gathering.length) {
                // A new array; the parts already made keep viewing the old one, which nobody changes.
                flush();
                int capacity =
                        gathering == null ? Math.max(64, Math.min(expectedBytes, 64 * 1024)) : gathering.length * 2;
                gathering = new byte[Math.max(capacity, length)];
                gatheredFrom = 0;
                gathered = 0;
            }
            System.arraycopy(source, from, gathering, gathered, length);
            gathered += length;
            if (source == COMMA) {
                size++;
            }
        }

        private void flush() {
            if (gathered > gatheredFrom) {
                parts.add(new Part(gathering, gatheredFrom, gathered));
                gatheredFrom = gathered;
            }
        }

        int count() {
            return count;
        }

        EncodedEvents build() {
            flush();
            return count == 0 ? NONE : new EncodedEvents(List.copyOf(parts), size, count);
        }
    }

    private static final byte[] COMMA = {','};

    /**
     * A stored event text as UTF-8, repaired if text stored before input was screened made it invalid JSON or invalid
     * UTF-8: a raw control character (only possible inside a string, the writer puts none between tokens) becomes its
     * escape, and half a surrogate pair, raw or escaped, becomes U+FFFD, the replacement character, so the standby
     * reads valid text and sees that something was lost. A sound event, which is every event written since, is sent
     * exactly as stored. Most events are plain ASCII, which one pass over their UTF-8 bytes shows (a half pair would
     * have become a '?' there, so a '?' sends the event to the character check, as does anything not ASCII).
     */
    static byte[] utf8Repaired(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        if ((bytes.length == event.length() && plainAscii(bytes)) || sound(event)) {
            return bytes;
        }
        StringBuilder repaired = new StringBuilder(event.length() + 16);
        repair(event, repaired);
        return repaired.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean plainAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == '?' || (b == '\\' && i + 1 < bytes.length && bytes[i + 1] == 'u')) {
                return false;
            }
        }
        return true;
    }

    private static boolean sound(String event) {
        for (int i = 0; i < event.length(); i++) {
            char c = event.charAt(i);
            if (c < 0x20
                    || Character.isSurrogate(c)
                    || (c == '\\' && i + 1 < event.length() && event.charAt(i + 1) == 'u')) {
                return false;
            }
        }
        return true;
    }

    private static void repair(String event, StringBuilder out) {
        int i = 0;
        while (i < event.length()) {
            char c = event.charAt(i);
            if (c == '\\' && i + 1 < event.length()) {
                char next = event.charAt(i + 1);
                if (next == 'u' && i + 6 <= event.length()) {
                    char escaped = hex(event, i + 2);
                    if (Character.isHighSurrogate(escaped)
                            && i + 12 <= event.length()
                            && event.startsWith("\\u", i + 6)
                            && Character.isLowSurrogate(hex(event, i + 8))) {
                        out.append(event, i, i + 12);
                        i += 12;
                    } else if (Character.isSurrogate(escaped)) {
                        out.append("\\ufffd");
                        i += 6;
                    } else {
                        out.append(event, i, i + 6);
                        i += 6;
                    }
                } else {
                    out.append(c).append(next);
                    i += 2;
                }
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < event.length()
                    && Character.isLowSurrogate(event.charAt(i + 1))) {
                out.append(c).append(event.charAt(i + 1));
                i += 2;
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
                i++;
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** The character a four-digit escape stands for, or NUL when the digits are not hex (left as they are). */
    private static char hex(String text, int from) {
        try {
            return (char) Integer.parseInt(text.substring(from, from + 4), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
