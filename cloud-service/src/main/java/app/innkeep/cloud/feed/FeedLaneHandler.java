package app.innkeep.cloud.feed;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's {@link FeedLane}: sits between Netty's HTTP codec and Micronaut's handler, on the connection's event
 * loop. A request goes to the lane only when Micronaut has nothing in flight on the connection (every request passed
 * to it has had its last response part written), so answers leave in the order the requests came, pipelined or not.
 * While the lane reads a page, later messages wait here and reading pauses; when the lane falls back, the request goes
 * to Micronaut as if it had just arrived.
 */
final class FeedLaneHandler extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeedLaneHandler.class);

    private final FeedLane lane;
    // Messages that came while the lane's request was being answered, in order.
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    // The request the lane is answering, until its answer is written or it is handed to Micronaut.
    private HttpRequest mine;
    private FeedLane.Ask ask;
    // Its last content part has arrived: the page is being read.
    private boolean working;
    // Requests passed to Micronaut, and final answers it has finished writing.
    private long passed;
    private long finished;
    // Micronaut asked to read while the lane was working: asked again when the lane is done.
    private boolean readHeld;

    FeedLaneHandler(FeedLane lane) {
        this.lane = lane;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (working) {
            held.add(msg);
        } else {
            accept(msg);
        }
    }

    private void accept(Object msg) {
        if (mine != null) {
            // The rest of the lane's own request: a GET without a body, so only its (empty) last part.
            boolean last = msg instanceof LastHttpContent;
            ReferenceCountUtil.release(msg);
            if (last) {
                start();
            }
            return;
        }
        if (msg instanceof HttpRequest request && !(msg instanceof LastHttpContent) && passed == finished) {
            FeedLane.Ask poll = lane.ask(request);
            if (poll != null) {
                mine = request;
                ask = poll;
                return;
            }
        }
        if (msg instanceof HttpRequest) {
            passed++;
        }
        ctx.fireChannelRead(msg);
    }

    private void start() {
        working = true;
        FeedLane.Ask poll = ask;
        lane.execute(() -> {
            FeedLane.Answer answer;
            try {
                answer = lane.answer(poll);
            } catch (Throwable refusedOrFailed) {
                // Micronaut words it (a refusal) or reports it (a fault), as for any request it takes.
                LOG.debug("Feed lane hands {} to the router: {}", poll.code(), refusedOrFailed.toString());
                ctx.executor().execute(this::fallBack);
                return;
            }
            ctx.executor().execute(() -> send(answer));
        });
    }

    private void send(FeedLane.Answer answer) {
        FeedLane.Ask poll = ask;
        HttpRequest request = mine;
        mine = null;
        ask = null;
        working = false;
        ReferenceCountUtil.release(request);
        if (!ctx.channel().isActive()) {
            answer.body().release();
            release();
            return;
        }
        lane.answered(poll);
        ctx.write(answer.head());
        var written = ctx.writeAndFlush(new DefaultLastHttpContent(answer.body()));
        if (!poll.keepAlive()) {
            written.addListener(ChannelFutureListener.CLOSE);
            release();
            return;
        }
        resume();
    }

    private void fallBack() {
        HttpRequest request = mine;
        mine = null;
        ask = null;
        working = false;
        if (!ctx.channel().isActive()) {
            ReferenceCountUtil.release(request);
            release();
            return;
        }
        lane.handedOver();
        passed++;
        ctx.fireChannelRead(request);
        ctx.fireChannelRead(LastHttpContent.EMPTY_LAST_CONTENT);
        ctx.fireChannelReadComplete();
        resume();
    }

    /** Takes the held messages in order until the lane has a request of its own again, then lets reading go on. */
    private void resume() {
        boolean forwarded = false;
        while (!working && !held.isEmpty()) {
            Object msg = held.poll();
            forwarded |= mine == null;
            accept(msg);
        }
        if (forwarded) {
            ctx.fireChannelReadComplete();
        }
        if (!working && readHeld) {
            readHeld = false;
            ctx.read();
        }
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
        if (working) {
            readHeld = true;
        } else {
            ctx.read();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // Micronaut's final answers (not a "100 Continue"): when all are out, the next request may take the lane.
        if (msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().code() < 200)) {
            finished++;
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        release();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        release();
    }

    private void release() {
        Object msg;
        while ((msg = held.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
    }
}
