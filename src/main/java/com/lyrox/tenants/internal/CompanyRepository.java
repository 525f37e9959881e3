package com.lyrox.tenants.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Companies by id; the id always comes from the caller's credentials. */
interface CompanyRepository extends JpaRepository<Company, UUID> {

    Page<Company> findByNameContainingIgnoreCase(String name, Pageable pageable);
}
