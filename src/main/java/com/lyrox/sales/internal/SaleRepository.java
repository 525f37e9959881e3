package com.lyrox.sales.internal;

import com.lyrox.sales.PaymentStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Sales of the current company (tenant-filtered). */
interface SaleRepository extends JpaRepository<Sale, UUID> {

    @Query("""
            select s from Sale s
             where (:status is null or s.status = :status)
               and (:customerId is null or s.customerId = :customerId)""")
    Page<Sale> search(PaymentStatus status, UUID customerId, Pageable pageable);

    /** The sale, locked until the transaction ends: two completions of one sale run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sale s where s.id = :id")
    Optional<Sale> lockById(UUID id);

    Optional<Sale> findFirstByPaymentIdOrderByCreatedAtDesc(String paymentId);
}
