package app.innkeep.standby.sync;

import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads feed pages one ahead of the writing: while a page is written to the replica, the next is read from the cloud
 * on a thread of its own. At most one page waits in memory; nothing is written out of order, and a page's failure
 * (cloud gone, refused, malformed) surfaces when the run comes to take it, after the pages before it were written, as
 * when the pages were read one after the other (ADR 0014).
 */
final class PageReader {

    private static final ExecutorService READERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("feed-reader-", 0).factory());

    private final CloudClient cloud;
    private final SyncState state;
    private final int pageSize;
    private final Consumer<String> progress;
    private Future<FeedPage> next;

    PageReader(CloudClient cloud, SyncState state, int pageSize, Consumer<String> progress) {
        this.cloud = cloud;
        this.state = state;
        this.pageSize = pageSize;
        this.progress = progress;
    }

    void request(long after) {
        next = READERS.submit(() -> {
            progress.accept("Sync: reading the feed after " + after);
            String text = cloud.feedPage(state.cloudUrl(), state.property(), state.credential(), after, pageSize);
            return FeedPage.parse(text, after, state.property());
        });
    }

    FeedPage take() {
        try {
            return next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudUnreachable("the sync was interrupted while it read the feed", e);
        } finally {
            next = null;
        }
    }

    /** A page still being read when the run ends early is abandoned; nothing of it was written. */
    void cancel() {
        if (next != null) {
            next.cancel(true);
        }
    }
}
