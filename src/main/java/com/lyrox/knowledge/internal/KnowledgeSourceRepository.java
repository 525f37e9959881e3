package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.SourceKind;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Knowledge sources of the current company (tenant-filtered). */
interface KnowledgeSourceRepository extends JpaRepository<KnowledgeSource, UUID> {

    /** The source, locked until the transaction ends, so processing outcomes and edits take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from KnowledgeSource s where s.id = :id")
    Optional<KnowledgeSource> findLocked(UUID id);

    Page<KnowledgeSource> findByKindIn(Collection<SourceKind> kinds, Pageable pageable);
}
