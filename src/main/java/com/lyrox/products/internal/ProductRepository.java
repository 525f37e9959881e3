package com.lyrox.products.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Products of the current company (tenant-filtered). */
interface ProductRepository extends JpaRepository<Product, UUID> {

    @Query("""
            select p from Product p
             where (:active is null or p.active = :active)
               and (:search is null or lower(p.name) like :search escape '\\'
                    or lower(p.description) like :search escape '\\')""")
    Page<Product> search(Boolean active, String search, Pageable pageable);
}
