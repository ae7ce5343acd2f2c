package org.stdkg.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds how many requests the server works on at once; the others wait their turn, up to a
 * limit, and get 503 with {@code Retry-After} only past it. Health and metrics never wait.
 *
 * <p>Why: a query's timeout runs from when the query starts. Without a bound, 32 clients on 2
 * cores ran 32 queries at once, each at a sixteenth of a core, and the slower canned queries
 * (1.5 s alone) hit the 10 s timeout: errors where a queue would only have added waiting. With a
 * few requests at a time each runs at a useful share of a core and finishes inside its timeout;
 * the clients wait in line instead (docs/reliability.md, section 1). The price: queries that run
 * to their timeout hold their slots meanwhile, so as many runaway queries as slots make every
 * other request wait for the timeout ({@code serve --max-concurrent} sets the number).
 */
final class RequestLimit implements Filter {

    private final Semaphore permits;
    private final long maxWaitMillis;

    RequestLimit(int concurrent, Duration maxWait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one request at a time, not " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.maxWaitMillis = maxWait.toMillis();
    }

    /**
     * Four per core: few enough that each query runs at a useful share of a core (32 at once on 2
     * cores did not), enough that a few runaway queries, which hold their slot until the timeout
     * cuts them, leave room for the rest.
     */
    static int defaultConcurrency() {
        return 4 * Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.equals("/$/ping") || path.equals("/$/metrics") || path.equals("/health")) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", "1");
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy: try again");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
