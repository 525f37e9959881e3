package com.lyrox.tenants;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of companies. */
public interface Companies {

    /** Creates a company with its owner and a FREE subscription; the current tenant must be {@code companyId}. */
    CompanyProfile register(UUID companyId, String name, UUID ownerId);

    Optional<CompanyProfile> find(UUID companyId);

    /** Replaces the current company's profile; its plan is not changed here. */
    CompanyProfile update(CompanyUpdate update);

    /** Puts a company on a plan (billing and platform administrators only, in the company's tenant): its trial, if any, ends. */
    CompanyProfile changePlan(UUID companyId, Plan plan);

    /**
     * A company's plan as its subscription at the billing provider has it: the plan (FREE once the
     * subscription ended), the provider's customer and subscription ids, and the subscription's
     * status (ACTIVE, PAST_DUE or CANCELED). Its trial, if any, ends.
     */
    CompanyProfile billed(UUID companyId, Plan plan, String customerId, String subscriptionId, String status);

    /** Suspends a company (platform administrators only): its data stays readable, nothing else works until reactivated. */
    CompanyProfile suspend(UUID companyId, String reason);

    CompanyProfile reactivate(UUID companyId);

    /** The billing provider's subscription the company's plan is paid by, if any (read in the company's tenant). */
    Optional<String> billedSubscription(UUID companyId);

    /** Lengthens a company's trial by {@code by}, from its end or from now when it has ended. */
    CompanyProfile extendTrial(UUID companyId, java.time.Duration by);

    /** Every company, newest first, optionally those whose name contains {@code search}: for platform administrators. */
    org.springframework.data.domain.Page<CompanyProfile> all(String search, org.springframework.data.domain.Pageable pageable);

    /**
     * Visits every company, oldest first, a page of {@code pageSize} at a time: for background jobs
     * that do something in each company's tenant (the visit sets it).
     */
    default void forEach(int pageSize, java.util.function.Consumer<CompanyProfile> visit) {
        org.springframework.data.domain.Page<CompanyProfile> page;
        int number = 0;
        do {
            page = all(null, org.springframework.data.domain.PageRequest.of(number++, pageSize,
                    org.springframework.data.domain.Sort.by("createdAt", "id")));
            page.getContent().forEach(visit);
        } while (page.hasNext());
    }
}
