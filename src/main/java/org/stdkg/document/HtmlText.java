package org.stdkg.document;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
            // A block nested in another block (a p inside an li) is read with its parent. (Elements.is tests the
            // ancestors themselves; Elements.select would also search their descendants and so match every block.)
            if (element.parents().is(BLOCKS)) {
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
            // No paragraph elements (a page of divs): fall back to the page's text with a line break at every
            // block-level element and br, structured like a plain text. Offsets refer to the normalised text.
            String plain = TextStructure.normaliseLineEnds(lines(page.body()));
            return new SourceDocument(SourceDocument.slugOf(name), name, "text/html", plain, TextStructure.blocks(plain));
        }
        return new SourceDocument(SourceDocument.slugOf(name), name, "text/html", text.toString(), blocks);
    }

    /** The text of an element, one line per block-level element or {@code br}, so that blocks are not glued together. */
    private static String lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString();
    }
}
