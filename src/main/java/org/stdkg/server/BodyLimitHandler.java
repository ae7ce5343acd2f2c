package org.stdkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies larger than a limit with 413 Content Too Large, before any endpoint
 * sees them, on every path. A body with a Content-Length is judged by it. A chunked body (no
 * Content-Length) is read into memory up to the limit first, and handed on only when it ends
 * within it.
 *
 * <p>Jetty's {@code SizeLimitHandler} judges a Content-Length the same way but counts a chunked
 * body while the endpoint reads it and fails the read past the limit: Fuseki then sees an I/O error
 * halfway through a query or an upload, answers 500 and logs a stack trace. Reading first costs
 * memory up to the limit per chunked request, which is what the endpoints spend on such a body
 * anyway (Fuseki reads a query or a form whole).
 */
final class BodyLimitHandler extends Handler.Wrapper {

    private final long limit;

    /** @param limit the largest body accepted, in bytes */
    BodyLimitHandler(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > limit) {
            refuse(request, response, callback, length + " bytes");
            return true;
        }
        if (length >= 0 || !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        // Chunked: read at most one byte past the limit (the handler thread may block, as the servlets behind it do).
        int max = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] body;
        try {
            InputStream in = Content.Source.asInputStream(request);
            body = in.readNBytes(max + 1);
        } catch (IOException e) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, "cannot read the request body");
            return true;
        }
        if (body.length > max) {
            refuse(request, response, callback, "more than " + max + " bytes (chunked)");
            return true;
        }
        return super.handle(new Buffered(request, body), response, callback);
    }

    private void refuse(Request request, Response response, Callback callback, String size) {
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                "request body too large: " + size + "; the limit is " + limit + " bytes (serve --max-body-size)");
    }

    /** A request whose body was read already: the endpoints read it from memory. */
    private static final class Buffered extends Request.Wrapper {
        private final ByteBufferContentSource content;

        Buffered(Request request, byte[] body) {
            super(request);
            this.content = new ByteBufferContentSource(ByteBuffer.wrap(body));
        }

        @Override
        public long getLength() {
            return content.getLength();
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }
    }
}
