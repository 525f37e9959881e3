package com.lyrox.knowledge.internal;

import com.lyrox.agents.KnowledgeSearch;
import com.lyrox.knowledge.SearchMode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales agent's {@code search} tool: only passages that reach the minimum score, so when
 * the knowledge base does not know, the agent hears nothing and asks the team.
 */
@Component
class AgentKnowledge implements KnowledgeSearch {

    private final HybridSearch search;

    AgentKnowledge(HybridSearch search) {
        this.search = search;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Passage> search(String query, int limit) {
        return search.search(query, limit, SearchMode.HYBRID).results().stream()
                .filter(com.lyrox.knowledge.Passage::relevant)
                .map(passage -> new Passage(passage.text(), passage.source(), passage.score()))
                .toList();
    }
}
