package com.lyrox.knowledge.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the outcome of processing a source, in one transaction each: all of its chunks and
 * READY, or FAILED and none. An outcome for a revision the source has moved past (it was
 * edited meanwhile) or for a deleted source is dropped.
 */
@Component
class IngestionResults {

    private final KnowledgeSourceRepository sources;
    private final ChunkStore chunks;

    IngestionResults(KnowledgeSourceRepository sources, ChunkStore chunks) {
        this.sources = sources;
        this.chunks = chunks;
    }

    @Transactional
    public void complete(UUID companyId, SourceContent content, String language, List<ChunkStore.EmbeddedChunk> embedded) {
        sources.findLocked(content.sourceId()).filter(source -> source.revision() == content.revision()).ifPresent(source -> {
            chunks.replace(companyId, source.getId(), language, embedded);
            source.markReady(language, embedded.size());
        });
    }

    @Transactional
    public void fail(UUID companyId, SourceContent content, String reason) {
        sources.findLocked(content.sourceId()).filter(source -> source.revision() == content.revision()).ifPresent(source -> {
            chunks.deleteOf(companyId, source.getId());
            source.markFailed(reason);
        });
    }
}
