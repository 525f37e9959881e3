package com.lyrox.knowledge;

/** Which retrievers answer a search: both fused (the agent's), or one alone to compare. */
public enum SearchMode {
    HYBRID, LEXICAL, DENSE
}
