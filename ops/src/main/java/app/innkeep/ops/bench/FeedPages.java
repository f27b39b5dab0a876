package app.innkeep.ops.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;

/** Reading the feed page after page as a standby does, following each page's cursor. */
final class FeedPages {

    private static final Pattern NEXT = Pattern.compile("\"next\":(\\d+)");

    private FeedPages() {}

    /** Fetches one page's body; {@code after} is the cursor asked from. */
    interface PageFetch {
        byte[] fetch(long after) throws Exception;
    }

    /** Reads the feed from {@code start} to {@code total} following each page's cursor; returns the events read. */
    static long readAll(long start, long total, PageFetch fetch) throws Exception {
        long fetched = 0;
        for (long after = start; after < total; ) {
            byte[] body = fetch.fetch(after);
            // The cursor is in the page's first bytes; decoding the events is the standby's work, measured apart.
            String head = new String(body, 0, Math.min(200, body.length), java.nio.charset.StandardCharsets.UTF_8);
            var next = NEXT.matcher(head);
            if (!next.find()) {
                throw new IllegalStateException("no cursor in feed page: " + head);
            }
            long nextCursor = Long.parseLong(next.group(1));
            fetched += nextCursor - after;
            if (nextCursor == after) {
                break;
            }
            after = nextCursor;
        }
        return fetched;
    }

    static HttpRequest request(URI base, String code, String credential, long after, int page) {
        return HttpRequest.newBuilder(
                        base.resolve("/api/v1/properties/" + code + "/feed?limit=" + page + "&after=" + after))
                .header("Authorization", "Bearer " + credential)
                .build();
    }
}
