package org.stdkg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.Dispatcher;

/**
 * Serves {@code /sparql} (CONTRACT section 3) by handing the request to Fuseki's dispatcher as
 * if it had been sent to the dataset's own query endpoint ({@code /kg/sparql}), so the same
 * operation, timeout, content negotiation and read-only rules apply.
 */
final class SparqlAlias extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String target;

    SparqlAlias(String target) {
        this.target = target;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpServletRequest forwarded = new HttpServletRequestWrapper(req) {
            @Override
            public String getRequestURI() {
                return req.getContextPath() + target;
            }

            @Override
            public StringBuffer getRequestURL() {
                StringBuffer url = new StringBuffer();
                url.append(req.getScheme()).append("://").append(req.getServerName()).append(':').append(req.getServerPort())
                        .append(getRequestURI());
                return url;
            }

            @Override
            public String getServletPath() {
                return target;
            }

            @Override
            public String getPathInfo() {
                return null;
            }
        };
        if (!Dispatcher.dispatch(forwarded, resp)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no SPARQL endpoint at " + target);
        }
    }
}
