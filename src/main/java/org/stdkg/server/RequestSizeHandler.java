package org.stdkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses oversized requests before any endpoint sees them, on every path: a body larger than
 * the limit with 413 Content Too Large, a query string larger than the same limit (a SPARQL query
 * sent by GET instead of POST) or a path longer than {@value #MAX_PATH} characters with 414 URI Too
 * Long. The answers are one line of plain text that does not repeat the request.
 *
 * <p>A body with a Content-Length is judged by it. A chunked body (no Content-Length) is read into
 * memory up to the limit first, and handed on only when it ends within it. Jetty's
 * {@code SizeLimitHandler} judges a Content-Length the same way but counts a chunked body while the
 * endpoint reads it and fails the read past the limit: Fuseki then sees an I/O error halfway through
 * a query or an upload, answers 500 and logs a stack trace. Reading first costs memory up to the
 * limit per chunked request, which is what the endpoints spend on such a body anyway (Fuseki reads
 * a query or a form whole).
 *
 * <p>The path bound keeps absurd paths out of the error pages and the logs: Jetty's error page
 * shows the URI and logs the whole request when the page outgrows its buffer. No path the server
 * serves comes near it (entity slugs are at most 200 characters).
 */
final class RequestSizeHandler extends Handler.Wrapper {

    /** The longest path accepted, in characters (of the raw, still encoded, path). */
    static final int MAX_PATH = 8 * 1024;

    /**
     * How much of a refused body is read and thrown away before the answer, at most. A server that
     * answers and closes while the client is still sending makes the kernel reset the connection,
     * and the client then loses the answer it was sent (RFC 9112, section 9.6): reading the rest first
     * lets an ordinary client see its 413. Bodies larger still are answered at once, connection closed.
     */
    static final long MAX_DISCARD = 16L * 1024 * 1024;

    private final long limit;

    /** @param limit the largest body, and the longest query string, accepted, in bytes */
    RequestSizeHandler(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path != null && path.length() > MAX_PATH) {
            refuse(response, callback, HttpStatus.URI_TOO_LONG_414, "path too long: " + path.length() + " characters; the limit is "
                    + MAX_PATH);
            return true;
        }
        String query = request.getHttpURI().getQuery();
        if (query != null && query.length() > limit) {
            refuse(response, callback, HttpStatus.URI_TOO_LONG_414, "query string too long: " + query.length()
                    + " characters; the limit is " + limit + " (serve --max-body-size); send a long query by POST");
            return true;
        }
        long length = request.getLength();
        if (length > limit) {
            if (length <= MAX_DISCARD) {
                discard(request);
            }
            refuse(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(length + " bytes"));
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
            refuse(response, callback, HttpStatus.BAD_REQUEST_400, "cannot read the request body");
            return true;
        }
        if (body.length > max) {
            discard(request);
            refuse(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge("more than " + max + " bytes (chunked)"));
            return true;
        }
        return super.handle(new Buffered(request, body), response, callback);
    }

    /** Reads what is left of a refused body, up to {@link #MAX_DISCARD} bytes, and drops it. */
    private static void discard(Request request) {
        try {
            InputStream in = Content.Source.asInputStream(request);
            byte[] sink = new byte[8192];
            long read = 0;
            for (int n; read <= MAX_DISCARD && (n = in.read(sink)) >= 0; ) {
                read += n;
            }
        } catch (IOException e) {
            // The client went away or sent a broken body: the answer follows anyway, and the connection closes.
        }
    }

    private String tooLarge(String size) {
        return "request body too large: " + size + "; the limit is " + limit + " bytes (serve --max-body-size)";
    }

    /** One line of plain text; the connection is closed, since the rest of the request may still be on its way. */
    private static void refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
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
