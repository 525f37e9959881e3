package com.lyrox.knowledge.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into chunks: a new one at each Markdown heading, and within a section at sentence
 * ends once a chunk reaches its size, repeating the last sentences of the previous chunk (up to
 * the overlap) so a fact on the border is whole in one of them. A sentence longer than a chunk
 * (a paragraph without punctuation, or text without spaces such as Japanese) is cut at spaces,
 * or at the size when it has none.
 */
final class Chunker {

    private static final Pattern LIST_ITEM = Pattern.compile("\\n(?=\\s*(?:[-*•]|\\d+[.)])\\s)");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private final int size;
    private final int overlap;

    Chunker(int size, int overlap) {
        this.size = size;
        this.overlap = Math.min(overlap, size / 2);
    }

    List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        String heading = null;
        StringBuilder section = new StringBuilder();
        for (String line : clean(text).split("\n", -1)) {
            Matcher matcher = HEADING.matcher(line.trim());
            if (matcher.matches()) {
                addSection(chunks, heading, section.toString());
                heading = matcher.group(1).trim();
                section.setLength(0);
            } else {
                section.append(line).append('\n');
            }
        }
        addSection(chunks, heading, section.toString());
        return chunks;
    }

    private void addSection(List<Chunk> chunks, String heading, String body) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            for (String block : LIST_ITEM.split(paragraph.trim())) {
                String flat = block.replaceAll("\\s*\\n\\s*", " ").trim();
                boolean item = LIST_MARK.matcher(flat).lookingAt();
                List<String> parts = sentences(item ? LIST_MARK.matcher(flat).replaceFirst("") : flat);
                for (int i = 0; i < parts.size(); i++) {
                    List<String> pieces = pieces(parts.get(i));
                    for (int j = 0; j < pieces.size(); j++) {
                        sentences.add(item && i == 0 && j == 0 ? "- " + pieces.get(j) : pieces.get(j));
                    }
                }
            }
        }
        List<String> current = new ArrayList<>();
        int length = 0;
        boolean fresh = false;
        for (String sentence : sentences) {
            if (length > 0 && length + 1 + sentence.length() > size) {
                chunks.add(new Chunk(heading, joined(current)));
                current = tail(current);
                length = joined(current).length();
                fresh = false;
            }
            current.add(sentence);
            length += (length == 0 ? 0 : 1) + sentence.length();
            fresh = true;
        }
        if (fresh) {
            chunks.add(new Chunk(heading, joined(current)));
        }
    }

    /** Sentences joined with spaces; list items each on their own line. */
    private static String joined(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            if (!text.isEmpty()) {
                text.append(sentence.startsWith("- ") ? '\n' : ' ');
            }
            text.append(sentence);
        }
        return text.toString();
    }

    /** The last sentences of a chunk that fit in the overlap, to start the next one with. */
    private List<String> tail(List<String> sentences) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            int next = length + sentences.get(i).length() + (kept.isEmpty() ? 0 : 1);
            if (next > overlap) {
                break;
            }
            kept.add(0, sentences.get(i));
            length = next;
        }
        return kept;
    }

    private static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = paragraph.substring(start, end).trim();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** A sentence no longer than a chunk, or the sentence cut at spaces (at the size when there are none). */
    private List<String> pieces(String sentence) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > size) {
            int cut = rest.lastIndexOf(' ', size);
            if (cut < size / 2) {
                cut = Character.isLowSurrogate(rest.charAt(size)) ? size - 1 : size;
            }
            pieces.add(rest.substring(0, cut).trim());
            rest = rest.substring(cut).trim();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Unix line ends and no control characters but tab and newline. */
    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace('\t', ' ');
    }
}
