package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.FaqRequest;
import com.lyrox.knowledge.KnowledgeSourceView;
import com.lyrox.knowledge.SearchRequest;
import com.lyrox.knowledge.SearchResponse;
import com.lyrox.knowledge.TextDocumentRequest;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The knowledge base: FAQs, documents (pasted or uploaded) and the "test a question" search. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge", description = "FAQs and documents the AI agent answers from")
class KnowledgeController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"));

    private final KnowledgeService knowledge;
    private final Uploads uploads;

    KnowledgeController(KnowledgeService knowledge, Uploads uploads) {
        this.knowledge = knowledge;
        this.uploads = uploads;
    }

    @GetMapping("/faqs")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List FAQs, newest first")
    PageResponse<KnowledgeSourceView> listFaqs(@ParameterObject @Valid PageQuery page) {
        return knowledge.list(KnowledgeService.FAQS, page.toPageable(NEWEST_FIRST));
    }

    @GetMapping("/faqs/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a FAQ")
    KnowledgeSourceView getFaq(@PathVariable UUID id) {
        return knowledge.get(KnowledgeService.FAQS, id);
    }

    @PostMapping("/faqs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Add a FAQ (status PROCESSING until it is searchable)")
    KnowledgeSourceView createFaq(@Valid @RequestBody FaqRequest request) {
        return knowledge.addFaq(request);
    }

    @PutMapping("/faqs/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a FAQ; it is processed again")
    KnowledgeSourceView updateFaq(@PathVariable UUID id, @Valid @RequestBody FaqRequest request) {
        return knowledge.updateFaq(id, request);
    }

    @DeleteMapping("/faqs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Delete a FAQ")
    void deleteFaq(@PathVariable UUID id) {
        knowledge.delete(KnowledgeService.FAQS, id);
    }

    @GetMapping("/documents")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List documents (pasted texts and uploaded files), newest first")
    PageResponse<KnowledgeSourceView> listDocuments(@ParameterObject @Valid PageQuery page) {
        return knowledge.list(KnowledgeService.DOCUMENTS, page.toPageable(NEWEST_FIRST));
    }

    @GetMapping("/documents/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a document: status, failure reason, chunk count")
    KnowledgeSourceView getDocument(@PathVariable UUID id) {
        return knowledge.get(KnowledgeService.DOCUMENTS, id);
    }

    @PostMapping(value = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Add a document as pasted text or Markdown")
    KnowledgeSourceView createText(@Valid @RequestBody TextDocumentRequest request) {
        return knowledge.addText(request);
    }

    @PostMapping(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Upload a document: PDF, TXT, MD or HTML in the field 'file' (413 above the size limit)")
    KnowledgeSourceView upload(@RequestPart(value = "file", required = false) MultipartFile file,
                               @Parameter(description = "Default: the file name without its extension")
                               @RequestParam(required = false) String title) {
        return knowledge.addFile(uploads.accept(file, title));
    }

    @PutMapping(value = "/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a pasted document's title and text; it is processed again")
    KnowledgeSourceView updateText(@PathVariable UUID id, @Valid @RequestBody TextDocumentRequest request) {
        return knowledge.updateText(id, request);
    }

    @PutMapping(value = "/documents/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace an uploaded document with a new file; it is processed again")
    KnowledgeSourceView replaceFile(@PathVariable UUID id, @RequestPart(value = "file", required = false) MultipartFile file,
                                    @RequestParam(required = false) String title) {
        return knowledge.replaceFile(id, uploads.accept(file, title));
    }

    @DeleteMapping("/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Delete a document and all of its chunks")
    void deleteDocument(@PathVariable UUID id) {
        knowledge.delete(KnowledgeService.DOCUMENTS, id);
    }

    @PostMapping("/search")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Try a question: the passages the agent would find, best first, with scores")
    SearchResponse search(@Valid @RequestBody SearchRequest request) {
        return knowledge.search(request);
    }
}
