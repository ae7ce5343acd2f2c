package org.stdkg.document;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML page to plain text with jsoup, keeping its structure: headings, paragraphs and
 * list items become blocks, one per line of the resulting text. Scripts, styles and navigation are
 * dropped.
 */
final class HtmlText {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, blockquote, pre, figcaption";

    private HtmlText() {
    }

    static SourceDocument read(String name, String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, nav, footer, header, iframe, svg").remove();
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        int lastHeading = -1;
        for (Element element : page.body().select(BLOCKS)) {
            // A block nested in another block (a p inside an li) is read with its parent.
            if (!element.parents().select(BLOCKS).isEmpty()) {
                continue;
            }
            String line = element.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            BlockKind kind = switch (element.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
                case "li", "dd" -> BlockKind.BULLET;
                default -> BlockKind.PARAGRAPH;
            };
            int start = text.length();
            text.append(line).append('\n');
            blocks.add(new Block(kind, start, start + line.length(), line, lastHeading));
            if (kind == BlockKind.HEADING) {
                lastHeading = blocks.size() - 1;
            }
        }
        if (blocks.isEmpty()) {
            // No block elements: fall back to the page's text, structured like a plain text.
            return new SourceDocument(SourceDocument.slugOf(name), name, "text/html", page.body().wholeText(),
                    TextStructure.blocks(TextStructure.normaliseLineEnds(page.body().wholeText())));
        }
        return new SourceDocument(SourceDocument.slugOf(name), name, "text/html", text.toString(), blocks);
    }
}
