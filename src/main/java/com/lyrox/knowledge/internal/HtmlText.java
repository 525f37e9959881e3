package com.lyrox.knowledge.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** An HTML page's readable text: headings become {@code #} lines, blocks become paragraphs. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(Document page) {
        page.select("script, style, noscript, template, nav, svg, head").remove();
        StringBuilder text = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element) {
                    int level = headingLevel(element);
                    if (level > 0) {
                        text.append("\n\n").append("#".repeat(level)).append(' ');
                    } else if (element.isBlock() || "br".equals(element.normalName())) {
                        text.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && (headingLevel(element) > 0 || element.isBlock())) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").trim();
    }

    private static int headingLevel(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                ? name.charAt(1) - '0' : 0;
    }
}
