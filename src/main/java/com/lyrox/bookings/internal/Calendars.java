package com.lyrox.bookings.internal;

import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Companies;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** The calendars of these resources, read together: their hours in one query, the company's rules in another. */
    Map<UUID, SlotCalendar> ofAll(List<Resource> resources) {
        Map<UUID, List<SlotCalendar.Range>> hoursById = hours.ofResources(resources.stream().map(Resource::getId).toList())
                .stream().collect(Collectors.groupingBy(OpeningHours::resourceId,
                        Collectors.mapping(OpeningHours::range, Collectors.toList())));
        List<PricingRule> rules = pricing.all();
        Map<UUID, SlotCalendar> calendars = new LinkedHashMap<>();
        ZoneId companyZone = null;
        for (Resource resource : resources) {
            ZoneId zone;
            if (resource.timezone() != null) {
                zone = zone(resource);
            } else {
                companyZone = companyZone != null ? companyZone : zone(resource);
                zone = companyZone;
            }
            var plan = new SlotCalendar.Plan(resource.getId(), zone, resource.slot(), resource.buffer(),
                    resource.minNotice(), resource.maxDaysAhead(), resource.capacity(), resource.price(), resource.currency());
            calendars.put(resource.getId(), new SlotCalendar(plan, hoursById.getOrDefault(resource.getId(), List.of()),
                    rules.stream().filter(rule -> rule.appliesTo(resource.getId())).map(PricingRule::rule).toList()));
        }
        return calendars;
    }

    ZoneId zone(Resource resource) {
        return resource.timezone() != null ? zoneOf(resource.timezone()) : companyZone();
    }

    /** The current company's zone; UTC when it has none. */
    ZoneId companyZone() {
        return zoneOf(companies.find(TenantContext.requireCompanyId()).map(CompanyProfile::timezone).orElse(null));
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
