package com.lyrox.customers.internal;

import com.lyrox.customers.Stage;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Customers of the current company (tenant-filtered). */
interface CustomerRepository extends JpaRepository<Customer, UUID> {

    /** The customer, locked until the transaction ends, so concurrent payments add up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> lockById(UUID id);

    @Query("""
            select c from Customer c
             where (:stage is null or c.stage = :stage)
               and (:tag is null or array_contains(c.tags, cast(:tag as String)))
               and (:search is null or lower(c.name) like :search escape '\\' or c.phone like :search escape '\\'
                    or lower(c.email) like :search escape '\\')
               and (:minScore is null or c.score >= :minScore)
               and (:maxScore is null or c.score <= :maxScore)""")
    Page<Customer> search(Stage stage, String tag, String search, Integer minScore, Integer maxScore, Pageable pageable);
}
