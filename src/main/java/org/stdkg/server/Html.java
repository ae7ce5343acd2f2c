package org.stdkg.server;

import org.jsoup.nodes.Entities;

/** HTML building blocks shared by the server's pages. Every value from the data goes through {@link #text}. */
final class Html {

    private Html() {
    }

    /** Text escaped for element content and attribute values (quotes included). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return Entities.escape(value).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** JSON made safe inside {@code <script>}: no {@code </script>} or {@code <!--} can close or confuse it. */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The head and the start of the body of a page: viewport, a few lines of CSS, no external resources. */
    static String start(String title, String extraHead) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1b1b1b}
                header a{margin-right:1rem}
                h1{font-size:1.6rem;margin:.5rem 0}
                .kind{color:#555;font-size:.9rem;text-transform:uppercase;letter-spacing:.05em}
                table{border-collapse:collapse;width:100%%}
                th,td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid #ddd}
                th{width:30%%;font-weight:600}
                .evidence li{margin:.5rem 0}
                mark{background:#fff2a8}
                .muted{color:#666;font-size:.9rem}
                code{background:#f4f4f4;padding:0 .2rem}
                main{overflow-wrap:anywhere}
                input[type=search],input[type=text]{width:100%%;max-width:30rem;padding:.4rem;font-size:1rem}
                @media (max-width:40rem){.facts th{width:auto;display:block;border:0}.facts td{display:block}}
                </style>
                %s
                </head>
                <body>
                <header><a href="/home">stdkg</a><a href="/index.html#/dataset/kg/query">SPARQL</a><a href="/queries">Queries</a><a href="/ontology">Ontology</a></header>
                <main>
                """.formatted(text(title), extraHead == null ? "" : extraHead);
    }

    static String end() {
        return "</main>\n</body>\n</html>\n";
    }

    /** What the query and search pages add to the shared style: forms, wide result tables, hit lists. */
    static final String FORMS_AND_TABLES = """
            <style>
            .scroll{overflow-x:auto}.scroll th{width:auto;background:#f3f4f6}.scroll td,.scroll th{word-break:break-word}
            .error{color:#b00020;font-weight:600}
            form.params{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.6rem 0}
            form.params label{display:flex;flex-direction:column;font-size:.85rem;flex:1 1 12rem}
            form.params input{font:inherit;padding:.35rem .5rem;border:1px solid #bbb;border-radius:4px}
            button{font:inherit;padding:.35rem .8rem;background:#0b57d0;color:#fff;border:1px solid #0b57d0;border-radius:4px}
            pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;font-size:.8rem}
            ul.hits{list-style:none;padding:0}ul.hits li{padding:.45rem 0;border-bottom:1px solid #eee}
            @media (max-width:40rem){.scroll th,.scroll td{display:table-cell;border-bottom:1px solid #ddd}}
            </style>
            """;

    /** A whole page for the query and search endpoints; {@code title} is text, {@code body} HTML already escaped. */
    static String page(String title, String body) {
        return start(title + " \u2014 stdkg", FORMS_AND_TABLES) + body + end();
    }
}
