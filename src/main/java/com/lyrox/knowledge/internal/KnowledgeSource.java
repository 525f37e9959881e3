package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.FaqRequest;
import com.lyrox.knowledge.KnowledgeSourceView;
import com.lyrox.knowledge.SourceKind;
import com.lyrox.knowledge.SourceStatus;
import com.lyrox.knowledge.TextDocumentRequest;
import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A FAQ, pasted text or uploaded file of a company. Every change of its content starts a new
 * revision and sends it back to PROCESSING; processing results for an older revision are dropped.
 */
@Entity
@Table(name = "knowledge_sources")
class KnowledgeSource extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @Column(nullable = false)
    private String title;

    private String question;

    private String answer;

    private String body;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(nullable = false)
    private int revision;

    protected KnowledgeSource() {
    }

    static KnowledgeSource faq(FaqRequest request) {
        KnowledgeSource source = new KnowledgeSource();
        source.kind = SourceKind.FAQ;
        source.apply(request);
        return source;
    }

    static KnowledgeSource text(TextDocumentRequest request) {
        KnowledgeSource source = new KnowledgeSource();
        source.kind = SourceKind.TEXT;
        source.apply(request);
        return source;
    }

    static KnowledgeSource file(UploadedFile file) {
        KnowledgeSource source = new KnowledgeSource();
        source.kind = SourceKind.FILE;
        source.apply(file);
        return source;
    }

    void apply(FaqRequest request) {
        this.question = request.question().trim();
        this.answer = request.answer().trim();
        this.title = question.length() > 255 ? question.substring(0, 255) : question;
        restart();
    }

    void apply(TextDocumentRequest request) {
        this.title = request.title().trim();
        this.body = request.text();
        restart();
    }

    void apply(UploadedFile file) {
        this.title = file.title();
        this.fileName = file.fileName();
        this.mediaType = file.format().mediaType();
        this.sizeBytes = (long) file.bytes().length;
        restart();
    }

    private void restart() {
        this.status = SourceStatus.PROCESSING;
        this.failureReason = null;
        this.chunkCount = 0;
        this.revision++;
    }

    void markReady(String language, int chunkCount) {
        this.status = SourceStatus.READY;
        this.language = language;
        this.chunkCount = chunkCount;
        this.failureReason = null;
    }

    void markFailed(String reason) {
        this.status = SourceStatus.FAILED;
        this.failureReason = reason;
        this.chunkCount = 0;
    }

    /** What processing needs: the content as it is in this revision (a file's bytes travel beside it). */
    SourceContent toContent(byte[] fileBytes) {
        return new SourceContent(getId(), revision, kind, title, question, answer, body, fileName,
                kind == SourceKind.FILE ? FileFormat.fromMediaType(mediaType) : null, fileBytes);
    }

    SourceKind kind() {
        return kind;
    }

    int revision() {
        return revision;
    }

    KnowledgeSourceView toView() {
        return new KnowledgeSourceView(getId(), kind, title, question, answer, fileName, mediaType, sizeBytes, language,
                status, failureReason, chunkCount, getCreatedAt(), getUpdatedAt());
    }
}
