package com.lyrox.customers.internal;

import com.lyrox.customers.Stage;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Customers of the current company (tenant-filtered). */
interface CustomerRepository extends JpaRepository<Customer, UUID> {

    @Query("""
            select c from Customer c
             where (:stage is null or c.stage = :stage)
               and (:tag is null or array_contains(c.tags, cast(:tag as String)))
               and (:search is null or lower(c.name) like :search escape '\\' or c.phone like :search escape '\\'
                    or lower(c.email) like :search escape '\\')""")
    Page<Customer> search(Stage stage, String tag, String search, Pageable pageable);
}
