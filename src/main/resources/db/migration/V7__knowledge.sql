-- The knowledge base: each company's FAQs, pasted texts and uploaded files (sources), cut into
-- chunks that carry their lexemes (a tsvector in the source's language) and a dense embedding.
-- Search runs in the application over a per-company copy of lexemes and embeddings, kept fresh
-- by knowledge_bases.revision, which every change of a company's chunks increments.

CREATE TABLE knowledge_sources (
    id             UUID PRIMARY KEY,
    company_id     UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    kind           VARCHAR(8) NOT NULL CHECK (kind IN ('FAQ', 'TEXT', 'FILE')),
    title          VARCHAR(255) NOT NULL,
    question       TEXT,
    answer         TEXT,
    body           TEXT,
    file_name      VARCHAR(255),
    media_type     VARCHAR(100),
    size_bytes     BIGINT,
    language       VARCHAR(16),
    status         VARCHAR(12) NOT NULL CHECK (status IN ('PROCESSING', 'READY', 'FAILED')),
    failure_reason TEXT,
    chunk_count    INTEGER NOT NULL DEFAULT 0,
    revision       INTEGER NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_knowledge_sources_company_id UNIQUE (company_id, id)
);
CREATE INDEX idx_knowledge_sources_company_kind ON knowledge_sources (company_id, kind, created_at);

CREATE TABLE knowledge_chunks (
    id            UUID PRIMARY KEY,
    company_id    UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    source_id     UUID NOT NULL,
    position      INTEGER NOT NULL,
    heading       TEXT,
    text          TEXT NOT NULL,
    language      REGCONFIG NOT NULL,
    search_vector TSVECTOR GENERATED ALWAYS AS
                      (to_tsvector(language, coalesce(heading, '') || ' ' || text)) STORED,
    embedding     REAL[] NOT NULL,
    CONSTRAINT fk_knowledge_chunks_source FOREIGN KEY (company_id, source_id)
        REFERENCES knowledge_sources (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_knowledge_chunks_source ON knowledge_chunks (company_id, source_id, position);

CREATE TABLE knowledge_bases (
    company_id UUID PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    revision   BIGINT NOT NULL DEFAULT 0
);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['knowledge_sources', 'knowledge_chunks', 'knowledge_bases']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (company_id = lyrox_current_company())'
                       ' WITH CHECK (company_id = lyrox_current_company())', t);
    END LOOP;
END
$$;
