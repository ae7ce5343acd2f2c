package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** At most N requests at a time: the others wait their turn, and get 503 only past the longest wait; health checks never wait. */
class RequestLimitTest {

    /** A response that records its status and headers. */
    static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                    (p, m, a) -> {
                        switch (m.getName()) {
                            case "sendError", "setStatus" -> status = (Integer) a[0];
                            case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                            default -> {
                                // nothing else is used
                            }
                        }
                        return null;
                    });
        }
    }

    private static HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLimitTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> m.getName().equals("getRequestURI") ? path : null);
    }

    @Test
    void aRequestOverTheLimitWaitsForAFreeSlot() throws Exception {
        RequestLimit limit = new RequestLimit(1, Duration.ofSeconds(30));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger served = new AtomicInteger();
        FilterChain slow = (req, resp) -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            served.incrementAndGet();
        };
        Thread first = new Thread(() -> {
            try {
                limit.doFilter(request("/sparql"), new Recorded().proxy(), slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Recorded second = new Recorded();
        Thread waiting = new Thread(() -> {
            try {
                limit.doFilter(request("/sparql"), second.proxy(), (req, resp) -> served.incrementAndGet());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.start();
        waiting.join(300);
        assertTrue(waiting.isAlive(), "the second request waits while the first holds the only slot");
        assertEquals(0, served.get());
        release.countDown();
        first.join(10_000);
        waiting.join(10_000);
        assertFalse(waiting.isAlive());
        assertEquals(2, served.get(), "both served, one after the other");
        assertEquals(200, second.status);
    }

    @Test
    void aRequestThatWaitsTooLongGets503WithRetryAfterAndHealthChecksNeverWait() throws Exception {
        RequestLimit limit = new RequestLimit(1, Duration.ofMillis(100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                limit.doFilter(request("/queries/standards"), new Recorded().proxy(), (req, resp) -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        try {
            Recorded refused = new Recorded();
            AtomicInteger served = new AtomicInteger();
            limit.doFilter(request("/sparql"), refused.proxy(), (req, resp) -> served.incrementAndGet());
            assertEquals(503, refused.status);
            assertEquals("1", refused.headers.get("Retry-After"));
            assertEquals(0, served.get());

            limit.doFilter(request("/$/ping"), new Recorded().proxy(), (req, resp) -> served.incrementAndGet());
            assertEquals(1, served.get(), "the health check passed while the slot was taken");
        } finally {
            release.countDown();
            holder.join(10_000);
        }
    }
}
