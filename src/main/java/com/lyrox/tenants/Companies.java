package com.lyrox.tenants;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of companies. */
public interface Companies {

    /** Creates a company with its owner and a FREE subscription; the current tenant must be {@code companyId}. */
    CompanyProfile register(UUID companyId, String name, UUID ownerId);

    Optional<CompanyProfile> find(UUID companyId);

    /** Replaces the current company's profile, plan included. */
    CompanyProfile update(CompanyUpdate update);
}
