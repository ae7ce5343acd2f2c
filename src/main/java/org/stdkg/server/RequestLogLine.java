package org.stdkg.server;

import java.util.regex.Pattern;

/**
 * What the server logs of one request, once its response is complete: one logfmt line,
 * {@code method=GET path=/queries/standards status=200 ms=12 bytes=5321}. The path is the raw
 * (still percent-encoded) request path without its query string, which may hold a whole SPARQL
 * query or what a user searched for, cut at {@value #MAX_PATH} characters.
 *
 * @param method the HTTP method
 * @param path the request path, without the query string, at most {@value #MAX_PATH} characters (then ending in "…")
 * @param status the response status
 * @param millis from the request's arrival to the end of its response
 * @param bytes response body bytes written
 */
public record RequestLogLine(String method, String path, int status, long millis, long bytes) {

    /** Longer paths are cut: a 10 000-character path is an attack, not something to keep. */
    public static final int MAX_PATH = 200;

    /** A logfmt value needs quotes when it holds anything but these. */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9._~/%$:@!*+,;=()'&\\[\\]-]+");

    public RequestLogLine {
        method = method == null ? "-" : method;
        path = path == null || path.isEmpty() ? "-" : path;
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH) + "\u2026";
        }
    }

    /** The line, {@code key=value} pairs separated by spaces, values quoted when they need it. */
    public String logfmt() {
        return "method=" + value(method) + " path=" + value(path) + " status=" + status + " ms=" + millis + " bytes=" + bytes;
    }

    /** A value as logfmt: bare when it can be, else in double quotes with {@code "} and {@code \} escaped and controls as {@code \\uXXXX}. */
    static String value(String s) {
        if (BARE.matcher(s).matches()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
