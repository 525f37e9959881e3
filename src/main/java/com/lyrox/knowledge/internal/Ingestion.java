package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.KnowledgeSettings;
import com.lyrox.knowledge.SourceKind;
import com.lyrox.platform.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Processes a source in the background once the request that changed it has committed:
 * extracts the text, cuts it into chunks, embeds them, then stores all chunks and READY in one
 * transaction, or FAILED with the reason and no chunks at all.
 */
@Component
class Ingestion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private final Embedder embedder;
    private final IngestionResults results;
    private final Chunker chunker;
    private final ExecutorService workers;

    Ingestion(Embedder embedder, IngestionResults results, KnowledgeSettings settings) {
        this.embedder = embedder;
        this.results = results;
        this.chunker = new Chunker(settings.chunkSize(), settings.chunkOverlap());
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.ingestionThreads(), task -> {
            Thread thread = new Thread(task, "knowledge-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Processes the content after the current transaction commits (at once when there is none). */
    void submitAfterCommit(SourceContent content) {
        UUID companyId = TenantContext.requireCompanyId();
        Runnable job = () -> workers.execute(() -> TenantContext.runAs(companyId, null, () -> process(companyId, content)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    job.run();
                }
            });
        } else {
            job.run();
        }
    }

    void process(UUID companyId, SourceContent content) {
        try {
            String text = text(content);
            String language = TextLanguage.detect(content.kind() == SourceKind.FAQ ? content.question() + " " + text : text);
            List<Chunk> chunks = content.kind() == SourceKind.FAQ
                    ? chunker.split(text).stream().map(chunk -> new Chunk(content.question(), chunk.text())).toList()
                    : chunker.split(text);
            if (chunks.isEmpty()) {
                throw new ExtractionFailed("The source has no text to search");
            }
            List<float[]> embeddings = embedder.embedAll(chunks.stream().map(Chunk::forEmbedding).toList());
            List<ChunkStore.EmbeddedChunk> embedded = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                embedded.add(new ChunkStore.EmbeddedChunk(chunks.get(i), embeddings.get(i)));
            }
            results.complete(companyId, content, language, embedded);
        } catch (ExtractionFailed e) {
            results.fail(companyId, content, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Knowledge source {} could not be processed", content.sourceId(), e);
            results.fail(companyId, content, "Processing failed: " + e.getClass().getSimpleName());
        }
    }

    private static String text(SourceContent content) {
        return switch (content.kind()) {
            case FAQ -> content.answer();
            case TEXT -> content.body();
            case FILE -> TextExtractor.extract(content.format(), content.bytes());
        };
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
