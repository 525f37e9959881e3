package com.lyrox.knowledge.internal;

/** A piece of a source small enough to embed and to quote: the heading it sits under (or null) and its text. */
record Chunk(String heading, String text) {

    /** What the embedding model reads: the heading gives a passage its topic. */
    String forEmbedding() {
        return heading == null ? text : heading + "\n" + text;
    }
}
