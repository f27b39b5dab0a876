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
            sb.append(events.get(i));
        }
        return sb.append("]}").toString();
    }
}
