package app.innkeep.cloud.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A snapshot on its way from the thread that reads it from the database to the server, which sends what it reads from
 * {@link #input()} as it comes (chunked). At most {@code chunks} pieces of {@code chunkSize} bytes wait between the
 * two, so the writer slows to the pace of the line and memory stays bounded whatever the hotel's size. The writer ends
 * with {@link #finish()} or {@link #fail(Throwable)}: a failure before {@link #started()} is the request's (the caller
 * answers with a problem), after it the reader's {@code read} throws, and the server cuts the answer off, which the
 * standby takes as a broken download. A reader that goes away (the standby hung up) makes the writer's next write
 * throw, and so does a reader that stops reading for {@code stall}.
 */
final class SnapshotPipe {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue;
    private final int chunkSize;
    private final long stallNanos;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Out out;
    private final In in = new In();
    private volatile Throwable failure;
    private volatile boolean headerSent;
    private volatile boolean readerGone;

    SnapshotPipe(int chunks, int chunkSize, Duration stall) {
        this.queue = new ArrayBlockingQueue<>(chunks);
        this.chunkSize = chunkSize;
        this.stallNanos = stall.toNanos();
        // After chunkSize: its buffer is of that size.
        this.out = new Out();
    }

    /** Where the writer writes. */
    OutputStream output() {
        return out;
    }

    /** What the server sends. */
    InputStream input() {
        return in;
    }

    /** The writer has written the snapshot's header: from here on, a failure cuts the answer off. */
    void started() throws IOException {
        out.flush();
        headerSent = true;
        started.countDown();
    }

    /** The writer's last word when all went well: the reader reads to the end. */
    void finish() throws IOException {
        out.flush();
        put(END);
        headerSent = true;
        started.countDown();
    }

    /** The writer's last word when it failed: before {@link #started()}, {@link #awaitStart()} throws it. */
    void fail(Throwable cause) {
        failure = cause;
        started.countDown();
        if (headerSent) {
            try {
                // The reader reads what was sent, then the failure instead of the end.
                put(END);
            } catch (IOException readerGoneAlready) {
                // Nobody left to tell.
            }
        }
    }

    /**
     * Waits until the header is on its way, or the writer failed before it; rethrows that failure, so that the request
     * is answered with what went wrong (an unknown property, a refused credential, the database down).
     */
    void awaitStart() {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the snapshot was being started", e);
        }
        Throwable f = failure;
        if (!headerSent && f != null) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(f.getMessage(), f);
        }
    }

    private void put(byte[] piece) throws IOException {
        long deadline = System.nanoTime() + stallNanos;
        try {
            while (!queue.offer(piece, 100, TimeUnit.MILLISECONDS)) {
                if (readerGone) {
                    throw new IOException("the client stopped reading the snapshot");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException(
                            "the client has not read any of the snapshot for " + stallNanos / 1_000_000_000 + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending the snapshot");
        }
    }

    private final class Out extends OutputStream {
        private byte[] buffer = new byte[chunkSize];
        private int used;

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flush();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            if (used > 0) {
                byte[] piece = used == buffer.length ? buffer : Arrays.copyOf(buffer, used);
                buffer = new byte[chunkSize];
                used = 0;
                put(piece);
            }
        }
    }

    private final class In extends InputStream {
        private byte[] piece;
        private int at;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (piece == null || at == piece.length) {
                if (ended) {
                    return -1;
                }
                byte[] next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading the snapshot");
                }
                if (next == END) {
                    Throwable f = failure;
                    if (f != null) {
                        throw new IOException("the snapshot could not be completed: " + f.getMessage(), f);
                    }
                    ended = true;
                    return -1;
                }
                piece = next;
                at = 0;
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() {
            readerGone = true;
            queue.clear();
        }
    }
}
