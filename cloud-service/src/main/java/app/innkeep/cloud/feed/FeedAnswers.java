package app.innkeep.cloud.feed;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

/**
 * What a feed request gets, whichever way it came in ({@link FeedController} through Micronaut's router, or the
 * {@link FeedLane} in front of it), on one connection: the device is read once, an up-to-date standby is answered
 * without reading the feed ({@link NothingNew}), everything else reads a page ({@link FeedService}), and every refusal
 * is a {@link app.innkeep.cloud.problem.Problem}.
 */
@Singleton
public class FeedAnswers {

    /** The page size a standby gets when it does not say. */
    static final int DEFAULT_LIMIT = 500;

    private final FeedService feed;
    private final FeedMeters meters;

    public FeedAnswers(FeedService feed, FeedMeters meters) {
        this.feed = feed;
        this.meters = meters;
    }

    /** {@code after} and {@code limit} null when not asked; the two headers as sent, null when absent. */
    @Connectable
    public FeedPage page(String authorization, String standbyVersion, String code, Long after, Integer limit) {
        long from = after == null ? 0 : after;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        FeedPage page = feed.page(authorization, standbyVersion, code, from, size);
        meters.served(page.events().count());
        return page;
    }
}
