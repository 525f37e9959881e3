package com.lyrox.bookings.internal;

import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Companies;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** A resource's {@link SlotCalendar} from its stored hours and pricing rules, in its zone (else the company's). */
@Component
class Calendars {

    private final OpeningHoursRepository hours;
    private final PricingRuleRepository pricing;
    private final Companies companies;

    Calendars(OpeningHoursRepository hours, PricingRuleRepository pricing, Companies companies) {
        this.hours = hours;
        this.pricing = pricing;
        this.companies = companies;
    }

    SlotCalendar of(Resource resource) {
        var plan = new SlotCalendar.Plan(resource.getId(), zone(resource), resource.slot(), resource.buffer(),
                resource.minNotice(), resource.maxDaysAhead(), resource.capacity(), resource.price(), resource.currency());
        return new SlotCalendar(plan, hours.ofResource(resource.getId()).stream().map(OpeningHours::range).toList(),
                pricing.applyingTo(resource.getId()).stream().map(PricingRule::rule).toList());
    }

    ZoneId zone(Resource resource) {
        String zone = resource.timezone() != null ? resource.timezone()
                : companies.find(TenantContext.requireCompanyId()).map(CompanyProfile::timezone).orElse(null);
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
