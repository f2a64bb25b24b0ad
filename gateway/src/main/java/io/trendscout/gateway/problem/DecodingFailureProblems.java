package io.trendscout.gateway.problem;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests Reactor Netty cannot decode (a request line longer than
 * {@code server.netty.max-initial-line-length}: 414; headers too large: 431; a malformed request:
 * 400) are answered by Netty itself, before Spring sees them, with an empty body. This fills
 * those answers with a problem document, like every other error of the gateway. Netty marks them
 * {@code Connection: close}, which is how they are told apart from routed responses.
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "trendscout.decodingFailureProblems", Handler.INSTANCE);
            }
        });
    }

    @ChannelHandler.Sharable
    static final class Handler extends ChannelOutboundHandlerAdapter {

        static final Handler INSTANCE = new Handler();

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof FullHttpResponse response && isDecodingFailure(response)) {
                byte[] body = problem(response.status()).getBytes(StandardCharsets.UTF_8);
                FullHttpResponse filled = response.replace(Unpooled.wrappedBuffer(body));
                response.release();
                filled.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                ctx.write(filled, promise);
                return;
            }
            ctx.write(msg, promise);
        }

        private static boolean isDecodingFailure(FullHttpResponse response) {
            int status = response.status().code();
            return (status == 400 || status == 414 || status == 431)
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && response.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
        }

        static String problem(HttpResponseStatus status) {
            String type;
            String title;
            String detail;
            switch (status.code()) {
                case 414 -> {
                    type = "uri-too-long";
                    title = "URI too long";
                    detail = "The request line (path and query) is longer than the gateway accepts.";
                }
                case 431 -> {
                    type = "headers-too-large";
                    title = "Request headers too large";
                    detail = "The request headers are larger than the gateway accepts.";
                }
                default -> {
                    type = "bad-request";
                    title = "Bad request";
                    detail = "The request is not valid HTTP.";
                }
            }
            return "{\"type\":\"" + ProblemResponses.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":"
                    + status.code() + ",\"detail\":\"" + detail + "\"}";
        }
    }
}
