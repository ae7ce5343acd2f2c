package org.stdkg.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the Fuseki admin operations that change or expose the server (dataset management,
 * backup, compact, tasks, upload, reload): disabled on a read-only server, and allowed from the
 * local machine only on a server started with {@code --allow-update}. What the UI needs to show
 * the dataset and run queries ({@code GET /$/server}, {@code GET /$/datasets},
 * {@code /$/validate/*}, {@code /$/stats}) and the health and metrics endpoints stay open.
 */
final class AdminGuard implements Filter {

    private final boolean localAdmin;

    /** @param localAdmin whether the local machine may use the admin operations */
    AdminGuard(boolean localAdmin) {
        this.localAdmin = localAdmin;
    }

    /** Paths under {@code /$/} that stay open to everyone, for GET only. */
    private static final List<String> OPEN_FOR_GET = List.of("/$/ping", "/$/metrics", "/$/server", "/$/datasets", "/$/stats",
            "/$/validate/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (path.startsWith("/$/") && !isOpen(req.getMethod(), path)) {
            if (!localAdmin) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "admin operations are disabled on a read-only server");
                return;
            }
            if (!isLocal(req)) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "admin operations are allowed from localhost only");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isOpen(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (path.startsWith("/$/validate/")) {
            // The validators only parse the text they are sent: harmless, and the UI posts to them.
            return true;
        }
        return read && OPEN_FOR_GET.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"))
                && !path.startsWith("/$/datasets/");
    }

    static boolean isLocal(HttpServletRequest req) {
        try {
            return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
