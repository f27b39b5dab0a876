package app.innkeep.cloud.outbox;

import app.innkeep.model.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run of stored events as the inside of a JSON array, UTF-8, encoded once: from the stored texts without decoding
 * them again, or straight from a sealed run's bytes ({@link FeedRuns}), so a page costs one copy of its bytes.
 */
public final class EncodedEvents {

    private static final EncodedEvents NONE = new EncodedEvents(new byte[0], 0);

    private final byte[] json;
    private final int count;

    private EncodedEvents(byte[] json, int count) {
        this.json = json;
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
        List<Object> parsed = (List<Object>) Json.parse("[" + new String(json, StandardCharsets.UTF_8) + "]");
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

    /** The bytes between a JSON array's brackets; not to be changed by the caller. */
    public byte[] json() {
        return json;
    }

    /** Puts a page together from stored events and slices of sealed runs, in sequence order. */
    static final class Builder {

        private byte[] bytes;
        private int size;
        private int count;

        Builder(int expectedBytes) {
            bytes = new byte[Math.max(expectedBytes, 64)];
        }

        /** One stored event, repaired if it needs it. */
        void addStored(String event) {
            byte[] encoded = utf8Repaired(event);
            addEncoded(encoded, 0, encoded.length, 1);
        }

        /** {@code events} already encoded events, comma separated, from {@code from} to {@code to}. */
        void addEncoded(byte[] source, int from, int to, int events) {
            if (events == 0) {
                return;
            }
            int needed = size + (count > 0 ? 1 : 0) + (to - from);
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
            }
            if (count > 0) {
                bytes[size++] = ',';
            }
            System.arraycopy(source, from, bytes, size, to - from);
            size += to - from;
            count += events;
        }

        int count() {
            return count;
        }

        EncodedEvents build() {
            return count == 0
                    ? NONE
                    : new EncodedEvents(size == bytes.length ? bytes : Arrays.copyOf(bytes, size), count);
        }
    }

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
