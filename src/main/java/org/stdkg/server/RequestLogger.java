package org.stdkg.server;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's request log hook: one {@link RequestLogLine} per request, for every path (Fuseki's own
 * endpoints and stdkg's), logged at INFO by the slf4j logger {@value #LOGGER} and handed to any
 * listeners. Fuseki's own action and NCSA request logs are set to WARN in
 * {@code simplelogger.properties}, so a request is logged once and its SPARQL text not at all.
 */
final class RequestLogger implements RequestLog {

    /** The logger of the request lines. */
    static final String LOGGER = "org.stdkg.request";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final List<Consumer<RequestLogLine>> listeners;

    RequestLogger(List<Consumer<RequestLogLine>> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void log(Request request, Response response) {
        RequestLogLine line = new RequestLogLine(request.getMethod(), request.getHttpURI().getPath(), response.getStatus(),
                NanoTime.millisSince(request.getBeginNanoTime()), Response.getContentBytesWritten(response));
        if (LOG.isInfoEnabled()) {
            LOG.info(line.logfmt());
        }
        for (Consumer<RequestLogLine> listener : listeners) {
            listener.accept(line);
        }
    }
}
