package com.lyrox.agents;

import java.util.List;

/**
 * The agent's {@code search} tool: passages of the company's own documents that answer a
 * question, best first. The knowledge base implements it; until a company has one, nothing
 * is found and the agent says it will ask the team.
 */
public interface KnowledgeSearch {

    List<Passage> search(String query, int limit);

    /** A passage, the title of its source, and how well it matches (0–1). */
    record Passage(String text, String source, double score) {
    }
}
