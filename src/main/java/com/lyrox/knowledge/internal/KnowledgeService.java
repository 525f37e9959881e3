package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.FaqRequest;
import com.lyrox.knowledge.KnowledgeBase;
import com.lyrox.knowledge.KnowledgeSourceView;
import com.lyrox.knowledge.SearchMode;
import com.lyrox.knowledge.SearchRequest;
import com.lyrox.knowledge.SearchResponse;
import com.lyrox.knowledge.SourceKind;
import com.lyrox.knowledge.TextDocumentRequest;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current company's knowledge sources: every change is stored as PROCESSING with the old
 * chunks gone, and processed once committed. FAQs and documents are separate resources.
 */
@Service
class KnowledgeService implements KnowledgeBase {

    static final Set<SourceKind> FAQS = Set.of(SourceKind.FAQ);
    static final Set<SourceKind> DOCUMENTS = Set.of(SourceKind.TEXT, SourceKind.FILE);

    private final KnowledgeSourceRepository sources;
    private final ChunkStore chunks;
    private final Ingestion ingestion;
    private final HybridSearch search;

    KnowledgeService(KnowledgeSourceRepository sources, ChunkStore chunks, Ingestion ingestion, HybridSearch search) {
        this.sources = sources;
        this.chunks = chunks;
        this.ingestion = ingestion;
        this.search = search;
    }

    @Override
    @Transactional
    public KnowledgeSourceView addFaq(FaqRequest request) {
        return added(KnowledgeSource.faq(request), null);
    }

    @Override
    @Transactional
    public KnowledgeSourceView addText(TextDocumentRequest request) {
        return added(KnowledgeSource.text(request), null);
    }

    @Transactional
    KnowledgeSourceView addFile(UploadedFile file) {
        return added(KnowledgeSource.file(file), file.bytes());
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResponse search(SearchRequest request) {
        return search.search(request.query(), request.limit() == null ? 3 : request.limit(),
                request.mode() == null ? SearchMode.HYBRID : request.mode());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return sources.count() == 0;
    }

    @Transactional(readOnly = true)
    PageResponse<KnowledgeSourceView> list(Set<SourceKind> kinds, Pageable pageable) {
        return PageResponse.of(sources.findByKindIn(kinds, pageable), KnowledgeSource::toView);
    }

    @Transactional(readOnly = true)
    KnowledgeSourceView get(Set<SourceKind> kinds, UUID id) {
        return sources.findById(id).filter(source -> kinds.contains(source.kind())).map(KnowledgeSource::toView)
                .orElseThrow(() -> notFound(kinds));
    }

    @Transactional
    KnowledgeSourceView updateFaq(UUID id, FaqRequest request) {
        KnowledgeSource source = locked(FAQS, id);
        source.apply(request);
        return changed(source, null);
    }

    @Transactional
    KnowledgeSourceView updateText(UUID id, TextDocumentRequest request) {
        KnowledgeSource source = locked(DOCUMENTS, id);
        if (source.kind() != SourceKind.TEXT) {
            throw ApiProblem.conflict(null, "This document is an uploaded file: replace it by uploading a file");
        }
        source.apply(request);
        return changed(source, null);
    }

    @Transactional
    KnowledgeSourceView replaceFile(UUID id, UploadedFile file) {
        KnowledgeSource source = locked(DOCUMENTS, id);
        if (source.kind() != SourceKind.FILE) {
            throw ApiProblem.conflict(null, "This document is pasted text: change it with JSON title and text");
        }
        source.apply(file);
        return changed(source, file.bytes());
    }

    @Transactional
    void delete(Set<SourceKind> kinds, UUID id) {
        KnowledgeSource source = locked(kinds, id);
        sources.delete(source);
        sources.flush();
        chunks.touch(TenantContext.requireCompanyId());
    }

    private KnowledgeSourceView added(KnowledgeSource source, byte[] fileBytes) {
        sources.saveAndFlush(source);
        ingestion.submitAfterCommit(source.toContent(fileBytes));
        return source.toView();
    }

    private KnowledgeSourceView changed(KnowledgeSource source, byte[] fileBytes) {
        sources.saveAndFlush(source);
        chunks.deleteOf(TenantContext.requireCompanyId(), source.getId());
        ingestion.submitAfterCommit(source.toContent(fileBytes));
        return source.toView();
    }

    private KnowledgeSource locked(Set<SourceKind> kinds, UUID id) {
        return sources.findLocked(id).filter(source -> kinds.contains(source.kind())).orElseThrow(() -> notFound(kinds));
    }

    private static ApiProblem notFound(Set<SourceKind> kinds) {
        return ApiProblem.notFound(kinds.contains(SourceKind.FAQ) ? "FAQ" : "Document");
    }
}
