package app.innkeep.cloud.feed;

import java.util.List;

/**
 * One page of a property's feed: the events after {@code after} in order (their stored JSON, exactly as written),
 * the cursor to ask from next time, and the newest sequence there is.
 */
public record FeedPage(String property, long after, List<String> events, long next, long head) {

    /** The page as JSON, built from the stored event texts without decoding them again. */
    public String toJson() {
        int size = 64;
        for (String e : events) {
            size += e.length() + 1;
        }
        StringBuilder sb = new StringBuilder(size);
        sb.append("{\"property\":\"")
                .append(property)
                .append("\",\"after\":")
                .append(after)
                .append(",\"next\":")
                .append(next)
                .append(",\"head\":")
                .append(head)
                .append(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendRepaired(events.get(i), sb);
        }
        return sb.append("]}").toString();
    }

    /**
     * Appends a stored event text, repaired if text stored before input was screened made it invalid JSON or invalid
     * UTF-8: a raw control character (only possible inside a string, the writer puts none between tokens) becomes its
     * escape, and half a surrogate pair, raw or escaped, becomes U+FFFD, the replacement character, so the standby
     * reads valid text and sees that something was lost. A sound event, which is every event written since, is
     * appended exactly as stored.
     */
    static void appendRepaired(String event, StringBuilder out) {
        for (int i = 0; i < event.length(); i++) {
            char c = event.charAt(i);
            if (c < 0x20
                    || Character.isSurrogate(c)
                    || (c == '\\' && i + 1 < event.length() && event.charAt(i + 1) == 'u')) {
                repair(event, out);
                return;
            }
        }
        out.append(event);
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
