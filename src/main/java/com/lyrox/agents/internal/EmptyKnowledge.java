package com.lyrox.agents.internal;

import com.lyrox.agents.KnowledgeSearch;
import java.util.List;
import org.springframework.stereotype.Component;

/** No knowledge base yet: nothing is found, so the agent never answers from documents it lacks. */
@Component
class EmptyKnowledge implements KnowledgeSearch {

    @Override
    public List<Passage> search(String query, int limit) {
        return List.of();
    }
}
