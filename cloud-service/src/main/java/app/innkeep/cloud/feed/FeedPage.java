package app.innkeep.cloud.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a property's feed: the events after {@code after} in order (their stored JSON, exactly as written),
 * the cursor to ask from next time, and the newest sequence there is.
 */
public record FeedPage(String property, long after, List<String> events, long next, long head) {

    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    /**
     * The page as UTF-8 JSON, built from the stored event texts without decoding them again: a sound event is copied
     * as its UTF-8 bytes, so a page costs one pass over its bytes rather than a text copy, a scan and an encoding.
     */
    public byte[] toJsonBytes() {
        byte[] start = ("{\"property\":\"" + property + "\",\"after\":" + after + ",\"next\":" + next + ",\"head\":"
                        + head + ",\"events\":[")
                .getBytes(StandardCharsets.UTF_8);
        List<byte[]> encoded = new ArrayList<>(events.size());
        int size = start.length + Math.max(0, events.size() - 1) + END.length;
        for (String e : events) {
            byte[] bytes = utf8Repaired(e);
            encoded.add(bytes);
            size += bytes.length;
        }
        byte[] page = new byte[size];
        System.arraycopy(start, 0, page, 0, start.length);
        int at = start.length;
        for (int i = 0; i < encoded.size(); i++) {
            if (i > 0) {
                page[at++] = ',';
            }
            byte[] bytes = encoded.get(i);
            System.arraycopy(bytes, 0, page, at, bytes.length);
            at += bytes.length;
        }
        System.arraycopy(END, 0, page, at, END.length);
        return page;
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
