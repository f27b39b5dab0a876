package app.innkeep.ops.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front-desk PC's internet connection, for the demo: a TCP relay between the standby and the cloud that can be
 * cut (every open connection dropped, new ones refused) and restored, as when the line to the hotel goes down. The
 * crash tests also slow it down (a long download to kill or cut in the middle of) and count what came from the cloud.
 */
public final class CloudLink implements AutoCloseable {

    private final int cloudPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong fromCloud = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean up = true;
    private volatile int bytesPerSecond;

    public CloudLink(int cloudPort) {
        this.cloudPort = cloudPort;
        try {
            this.listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("cloud-link").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The cloud's address as the standby sees it through this link. */
    public java.net.URI uri() {
        return java.net.URI.create("http://127.0.0.1:" + port());
    }

    /** From now on the cloud's answers trickle at about this rate (a poor hotel line); 0 is full speed. */
    public void slowDown(int bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Bytes relayed from the cloud to the standby so far. */
    public long bytesFromCloud() {
        return fromCloud.get();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        up = false;
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    public void restore() {
        up = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (!up) {
                    closeQuietly(client);
                    continue;
                }
                Socket cloud = new Socket(InetAddress.getLoopbackAddress(), cloudPort);
                open.add(client);
                open.add(cloud);
                Thread.ofVirtual().start(() -> pump(client, cloud, false));
                Thread.ofVirtual().start(() -> pump(cloud, client, true));
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean downstream) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer, 0, downstream && bytesPerSecond > 0 ? 1024 : buffer.length)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
                if (downstream) {
                    fromCloud.addAndGet(n);
                    int rate = bytesPerSecond;
                    if (rate > 0) {
                        // Paces the relay itself (not a test's wait): about n bytes per n/rate seconds.
                        Thread.sleep(Math.max(1, n * 1000L / rate));
                    }
                }
            }
        } catch (IOException ignored) {
            // The other side closed, or the link was cut.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
