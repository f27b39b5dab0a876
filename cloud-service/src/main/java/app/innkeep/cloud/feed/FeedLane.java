package app.innkeep.cloud.feed;

import app.innkeep.cloud.security.SecurityHeaders;
import app.innkeep.model.StandbyVersion;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;

/**
 * The feed's lane in front of Micronaut's router (ADR 0025). A standby's poll is the fleet's commonest request and
 * nearly always the same plain GET; here it is answered straight from Netty's pipeline, the page read on the blocking
 * executor by {@link FeedAnswers} exactly as the controller reads it, skipping the router, the security filter chain
 * (the feed is anonymous to it: the device credential is checked by the service) and the reactive plumbing, which
 * cost an up-to-date poll most of its time.
 *
 * <p>The lane takes only what it answers the same way the controller would: {@code GET /api/v1/properties/{code}/feed}
 * over HTTP/1.1 with nothing but {@code after} and {@code limit} as plain numbers, one credential, no body, no
 * {@code Origin} (a browser's request, for Micronaut's CORS rules), and no compression asked for other than gzip. Everything else — and every request the service refuses or fails on — goes
 * to Micronaut untouched, in its place on the connection, so refusals are worded in one place ({@link
 * app.innkeep.cloud.problem.Problem}). It sends the same headers the filters add ({@link SecurityHeaders}), counts in
 * the same meters ({@link FeedMeters}), and gzips as Micronaut would (its threshold and level). Turned off with
 * {@code innkeep.feed.lane.enabled: false}.
 */
@Singleton
@Requires(property = "innkeep.feed.lane.enabled", notEquals = "false")
public class FeedLane implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final String HANDLER = "innkeep-feed-lane";

    private static final String PREFIX = "/api/v1/properties/";
    private static final String SUFFIX = "/feed";
    private static final int MAX_CODE = 40;

    private final FeedAnswers answers;
    private final FeedMeters meters;
    private final ExecutorService blocking;
    private final HttpCompressionStrategy compression;
    private final HttpServerConfiguration server;

    public FeedLane(
            FeedAnswers answers,
            FeedMeters meters,
            @Value("${innkeep.feed.lane.threads:4}") int threads,
            HttpCompressionStrategy compression,
            HttpServerConfiguration server) {
        this.answers = answers;
        this.meters = meters;
        // Platform threads, not virtual ones: a page read blocks on the database socket, and a virtual thread blocking
        // there parks and is woken through the JDK's poller, which costs an up-to-date poll a good share of its CPU.
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        this.blocking = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "feed-lane-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.compression = compression;
        this.server = server;
    }

    @jakarta.annotation.PreDestroy
    void close() {
        blocking.shutdownNow();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Installer(null, null));
        return event.getBean();
    }

    /** Puts a {@link FeedLaneHandler} on each HTTP/1.1 connection, just in front of Micronaut's own handler. */
    private final class Installer implements NettyServerCustomizer {

        private final Channel channel;
        private final ChannelRole role;

        Installer(Channel channel, ChannelRole role) {
            this.channel = channel;
            this.role = role;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Installer(channel, role);
        }

        @Override
        public void onStreamPipelineBuilt() {
            var pipeline = channel == null ? null : channel.pipeline();
            // HTTP/2 streams and anything not built as plain HTTP/1.1 keep Micronaut's pipeline as it is.
            if (role == ChannelRole.CONNECTION
                    && pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && pipeline.get(HANDLER) == null) {
                pipeline.addBefore(
                        ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND,
                        HANDLER,
                        new FeedLaneHandler(FeedLane.this));
            }
        }
    }

    /** A poll the lane answers: the path's property code, the query's numbers (null when absent), the two headers. */
    record Ask(
            String code,
            Long after,
            Integer limit,
            String authorization,
            String standbyVersion,
            boolean gzip,
            boolean keepAlive,
            long started) {}

    /** The poll in {@code request} when the lane answers it as the controller would; null to leave it to Micronaut. */
    Ask ask(HttpRequest request) {
        if (!request.decoderResult().isSuccess()
                || request.method() != HttpMethod.GET
                || request.protocolVersion() != HttpVersion.HTTP_1_1) {
            return null;
        }
        HttpHeaders headers = request.headers();
        // An "Upgrade: h2c" (the JDK's HTTP client offers it on plain HTTP, the standby's included) is ignored here as
        // Micronaut ignores it on a connection built for HTTP/1.1: an upgrade it accepts never reaches this pipeline.
        // A request with an Origin comes from a browser, whose cross-site and localhost rules Micronaut's CORS filter
        // applies (a standby sends none).
        if (headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                || headers.contains(HttpHeaderNames.EXPECT)
                || headers.contains(HttpHeaderNames.ORIGIN)
                || !(headers.get(HttpHeaderNames.CONTENT_LENGTH) == null
                        || "0".equals(headers.get(HttpHeaderNames.CONTENT_LENGTH)))) {
            return null;
        }
        List<String> credentials = headers.getAll(HttpHeaderNames.AUTHORIZATION);
        List<String> versions = headers.getAll(StandbyVersion.HEADER);
        List<String> encodings = headers.getAll(HttpHeaderNames.ACCEPT_ENCODING);
        if (credentials.size() != 1 || versions.size() > 1 || encodings.size() > 1) {
            return null;
        }
        boolean gzip = false;
        if (encodings.size() == 1) {
            String asked = encodings.getFirst().strip();
            if (asked.equalsIgnoreCase("gzip")) {
                gzip = true;
            } else if (!asked.isEmpty() && !asked.equalsIgnoreCase("identity")) {
                return null;
            }
        }
        String uri = request.uri();
        if (!uri.startsWith(PREFIX)) {
            return null;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (!path.endsWith(SUFFIX)) {
            return null;
        }
        String code = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        if (code.isEmpty() || code.length() > MAX_CODE || !plain(code)) {
            return null;
        }
        Long after = null;
        Integer limit = null;
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&", -1)) {
                // At most 11 digits: a run of 12 or more could pass as a card number, which the request screening
                // refuses (and no feed is near 10^11 events).
                if (pair.startsWith("after=") && after == null && digits(pair, 6, 11)) {
                    after = Long.parseLong(pair.substring(6));
                } else if (pair.startsWith("limit=") && limit == null && digits(pair, 6, 9)) {
                    limit = Integer.parseInt(pair.substring(6));
                } else {
                    return null;
                }
            }
        }
        return new Ask(
                code,
                after,
                limit,
                credentials.getFirst(),
                versions.isEmpty() ? null : versions.getFirst(),
                gzip,
                HttpUtil.isKeepAlive(request),
                System.nanoTime());
    }

    private static boolean plain(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String pair, int from, int most) {
        int n = pair.length() - from;
        if (n < 1 || n > most) {
            return false;
        }
        for (int i = from; i < pair.length(); i++) {
            if (pair.charAt(i) < '0' || pair.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The answer's status line and headers, and its body (gzipped when asked and Micronaut would). */
    record Answer(io.netty.handler.codec.http.HttpResponse head, ByteBuf body) {}

    /**
     * Runs on the lane's threads: reads the page; throws whatever the service throws (the caller hands over). The body
     * views the page's bytes where they were read (a sealed run's included), so the only copy on the way to the socket
     * is Netty's own.
     */
    Answer answer(Ask ask) {
        FeedPage page = answers.page(ask.authorization(), ask.standbyVersion(), ask.code(), ask.after(), ask.limit());
        List<ByteBuffer> buffers = page.toJsonBuffers();
        int length = buffers.stream().mapToInt(ByteBuffer::remaining).sum();
        var head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        HttpHeaders headers = head.headers();
        if (server.isDateHeader()) {
            headers.set(
                    HttpHeaderNames.DATE,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        server.getServerHeader().ifPresent(name -> headers.set(HttpHeaderNames.SERVER, name));
        headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
        ByteBuf body;
        if (ask.gzip() && compression.isEnabled() && compression.shouldCompress(head)) {
            byte[] zipped = gzip(buffers, length, compression.getCompressionLevel());
            body = Unpooled.wrappedBuffer(zipped);
            headers.set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
            headers.set(HttpHeaderNames.CONTENT_LENGTH, zipped.length);
        } else {
            body = Unpooled.wrappedBuffer(buffers.toArray(ByteBuffer[]::new));
        }
        SecurityHeaders.each(false, headers::set);
        if (!ask.keepAlive()) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return new Answer(head, body);
    }

    private static byte[] gzip(List<ByteBuffer> buffers, int length, int level) {
        var out = new ByteArrayOutputStream(length / 4 + 64);
        try (var zip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            for (ByteBuffer buffer : buffers) {
                zip.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    void execute(Runnable work) {
        blocking.execute(work);
    }

    void answered(Ask ask) {
        meters.lane(true);
        meters.answered(200, ask.started());
    }

    void handedOver() {
        meters.lane(false);
    }
}
