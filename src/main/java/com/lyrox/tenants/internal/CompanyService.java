package com.lyrox.tenants.internal;

import com.lyrox.platform.AfterCommit;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.ExpiringCache;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyRegistered;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.CompanyUpdate;
import com.lyrox.tenants.Plan;
import com.lyrox.tenants.PlanSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers companies and keeps their profile. Profiles are read on every customer message, so
 * each instance keeps them in memory for {@link #PROFILE_TTL}; a change made through this
 * instance is seen at once, one made through another instance within that time.
 */
@Service
class CompanyService implements Companies {

    static final Duration PROFILE_TTL = Duration.ofSeconds(10);

    /** A profile as seen from a tenant: row-level security decides what each tenant may read. */
    private record ProfileKey(UUID tenant, UUID companyId) {
    }

    private final ExpiringCache<ProfileKey, CompanyProfile> profiles = new ExpiringCache<>(PROFILE_TTL);
    private final CompanyRepository companies;
    private final SubscriptionRepository subscriptions;
    private final ApplicationEventPublisher events;
    private final PlanSettings plans;
    private final Clock clock;

    CompanyService(CompanyRepository companies, SubscriptionRepository subscriptions, ApplicationEventPublisher events,
                   PlanSettings plans, Clock clock) {
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.events = events;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CompanyProfile register(UUID companyId, String name, UUID ownerId) {
        if (!companyId.equals(TenantContext.requireCompanyId())) {
            throw new IllegalStateException("A company is registered inside its own tenant");
        }
        Instant now = clock.instant();
        Company company = companies.save(new Company(companyId, name.trim(), ownerId,
                !plans.trialLength().isZero() && !plans.trialLength().isNegative() ? now.plus(plans.trialLength()) : null));
        subscriptions.save(new Subscription(Plan.FREE, now));
        events.publishEvent(new CompanyRegistered(companyId));
        return company.toProfile();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyProfile> find(UUID companyId) {
        return profiles.get(new ProfileKey(TenantContext.companyId().orElse(null), companyId),
                key -> companies.findById(key.companyId()).map(Company::toProfile));
    }

    @Transactional(readOnly = true)
    CompanyProfile current() {
        return company().toProfile();
    }

    @Override
    @Transactional
    public CompanyProfile update(CompanyUpdate update) {
        validTimezone(update.timezone());
        Company company = company();
        if (update.plan() != null && company.plan() != update.plan()) {
            throw ApiProblem.forbidden("The plan (plan) changes through billing, not through the company's profile; "
                    + "ask a platform administrator");
        }
        company.update(update);
        forget(company.toProfile().id());
        return company.toProfile();
    }

    @Override
    @Transactional
    public CompanyProfile changePlan(UUID companyId, Plan plan) {
        Company company = companyInItsOwnTenant(companyId);
        company.changePlan(plan);
        subscriptions.findFirstByOrderByCreatedAtDesc().ifPresent(subscription -> subscription.changePlan(plan));
        forget(companyId);
        return company.toProfile();
    }

    @Override
    @Transactional
    public CompanyProfile billed(UUID companyId, Plan plan, String customerId, String subscriptionId, String status) {
        Company company = companyInItsOwnTenant(companyId);
        company.changePlan(plan);
        subscriptions.findFirstByOrderByCreatedAtDesc()
                .ifPresent(subscription -> subscription.billedBy(plan, customerId, subscriptionId, status));
        forget(companyId);
        return company.toProfile();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> billedSubscription(UUID companyId) {
        companyInItsOwnTenant(companyId);
        return subscriptions.findFirstByOrderByCreatedAtDesc().map(Subscription::stripeSubscriptionId);
    }

    /**
     * The company, read in its own tenant: its subscription (behind row-level security) is read and
     * written through the connection of the transaction, which carries the tenant it began in.
     */
    private Company companyInItsOwnTenant(UUID companyId) {
        if (!companyId.equals(TenantContext.companyId().orElse(null))) {
            throw new IllegalStateException("A company's plan is changed inside its own tenant");
        }
        return companies.findById(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
    }

    @Override
    @Transactional
    public CompanyProfile suspend(UUID companyId, String reason) {
        Company company = companies.findById(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
        company.suspend(reason, clock.instant());
        forget(companyId);
        return company.toProfile();
    }

    @Override
    @Transactional
    public CompanyProfile reactivate(UUID companyId) {
        Company company = companies.findById(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
        company.reactivate();
        forget(companyId);
        return company.toProfile();
    }

    @Override
    @Transactional
    public CompanyProfile extendTrial(UUID companyId, Duration by) {
        Company company = companies.findById(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
        company.extendTrial(by, clock.instant());
        forget(companyId);
        return company.toProfile();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CompanyProfile> all(String search, Pageable pageable) {
        return (search == null || search.isBlank() ? companies.findAll(pageable)
                : companies.findByNameContainingIgnoreCase(search.trim(), pageable)).map(Company::toProfile);
    }

    private void forget(UUID companyId) {
        AfterCommit.run(() -> profiles.invalidateIf(profile -> profile.id().equals(companyId)));
    }

    private Company company() {
        return companies.findById(TenantContext.requireCompanyId())
                .orElseThrow(() -> ApiProblem.notFound("Company"));
    }

    private static void validTimezone(String timezone) {
        if (!ZoneId.getAvailableZoneIds().contains(timezone)) {
            throw ApiProblem.invalid("timezone", "must be an IANA time zone such as America/New_York");
        }
    }
}
