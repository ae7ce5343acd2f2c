package org.stdkg.server;

/**
 * The little HTML the server writes itself: escaping, and a page frame that reads well on a phone
 * (viewport meta, a few lines of CSS, no scripts, nothing loaded from elsewhere).
 */
final class Html {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:72rem;\
            line-height:1.45;color:#1b1b1b;background:#fff}
            h1{font-size:1.4rem;margin:.2rem 0 .6rem}h2{font-size:1.1rem;margin:1.2rem 0 .3rem}
            a{color:#0b57d0}nav{font-size:.9rem;margin-bottom:.6rem}nav a{margin-right:.8rem}
            .muted{color:#5f6368;font-size:.9rem}.error{color:#b00020;font-weight:600}
            .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem;width:100%}
            th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top;word-break:break-word}
            th{background:#f3f4f6;position:sticky;top:0}tr:nth-child(even) td{background:#fafafa}
            form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.6rem 0}
            label{display:flex;flex-direction:column;font-size:.85rem;flex:1 1 12rem}
            input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #bbb;border-radius:4px}
            button{background:#0b57d0;color:#fff;border-color:#0b57d0;cursor:pointer}
            pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;font-size:.8rem}
            ul.hits{list-style:none;padding:0}ul.hits li{padding:.45rem 0;border-bottom:1px solid #eee}
            mark{background:#fff3a3;padding:0}.kind{font-size:.8rem;color:#5f6368;margin-left:.4rem}
            """;

    private Html() {
    }

    /** Text as HTML text or attribute value: {@code & < > " '} escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** A complete page; {@code title} is text, {@code body} is HTML already escaped. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " \u2014 stdkg</title><style>" + CSS + "</style></head><body>"
                + "<nav><a href=\"/queries\">Queries</a><a href=\"/search\">Search</a><a href=\"/\">SPARQL (Fuseki UI)</a></nav>"
                + body + "</body></html>\n";
    }
}
