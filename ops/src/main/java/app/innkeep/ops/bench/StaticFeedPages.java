package app.innkeep.ops.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.Executors;

/** The feed bench's baseline: the feed's own page bytes served statically by the JDK's minimal HTTP server. */
final class StaticFeedPages {

    private StaticFeedPages() {}

    static HttpRequest request(URI base, long after) {
        return HttpRequest.newBuilder(base.resolve("/feed?after=" + after)).build();
    }

    /** A minimal JDK HTTP server answering each cursor with the page bytes the feed gave for it. */
    static HttpServer serve(Map<Long, byte[]> pages) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            byte[] body = pages.get(Long.parseLong(query.substring(query.indexOf('=') + 1)));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "static-feed-pages");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }
}
