package com.lyrox.knowledge;

/** What other modules may do with the current company's knowledge base. */
public interface KnowledgeBase {

    /** Adds a FAQ; it becomes searchable once processed. */
    KnowledgeSourceView addFaq(FaqRequest request);

    /** Adds a pasted text or Markdown document; it becomes searchable once processed. */
    KnowledgeSourceView addText(TextDocumentRequest request);

    SearchResponse search(SearchRequest request);

    /** Whether the company has no FAQ or document yet. */
    boolean isEmpty();
}
