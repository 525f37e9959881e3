package com.lyrox.knowledge;

import java.util.List;

/** The passages a search found, best first, and the score the agent needs to answer from one. */
public record SearchResponse(List<Passage> results, double minScore) {
}
