package com.lyrox.sales.internal;

import com.lyrox.sales.PaymentStatus;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Sales of the current company (tenant-filtered). */
interface SaleRepository extends JpaRepository<Sale, UUID> {

    @Query("""
            select s from Sale s
             where (:status is null or s.status = :status)
               and (:customerId is null or s.customerId = :customerId)""")
    Page<Sale> search(PaymentStatus status, UUID customerId, Pageable pageable);
}
