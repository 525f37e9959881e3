package com.lyrox.bookings.internal;

import com.lyrox.bookings.ResourceSetup;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.products.ProductCatalog;
import com.lyrox.tenants.Channels;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resources and when and at what price they can be booked: opening hours, closures, pricing rules. */
@Service
class ResourceService implements ResourceSetup {

    private final ResourceRepository resources;
    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;
    private final PricingRuleRepository pricing;
    private final Channels channels;
    private final PlanAllowance allowance;
    private final ProductCatalog catalog;

    ResourceService(ResourceRepository resources, OpeningHoursRepository hours, ClosureRepository closures,
                    PricingRuleRepository pricing, Channels channels, PlanAllowance allowance, ProductCatalog catalog) {
        this.allowance = allowance;
        this.catalog = catalog;
        this.resources = resources;
        this.hours = hours;
        this.closures = closures;
        this.pricing = pricing;
        this.channels = channels;
    }

    @Transactional
    Resource.View create(ResourceRequest request) {
        check(request);
        allowance.requireRoomForAResource();
        return resources.saveAndFlush(new Resource(request)).toView();
    }

    @Transactional
    Resource.View replace(UUID id, ResourceRequest request) {
        check(request);
        Resource resource = resource(id);
        resource.apply(request);
        return resources.saveAndFlush(resource).toView();
    }

    @Override
    @Transactional
    public UUID create(NewResource resource, List<WeeklyHours> weekly) {
        UUID id = create(new ResourceRequest(resource.name(), resource.type(), null, null, resource.slotMinutes(), null,
                null, null, resource.price(), resource.currency(), resource.timezone(), true, null)).id();
        replaceHours(id, weekly.stream().map(range -> new HoursEntry(range.day(), range.opens(), range.closes())).toList());
        return id;
    }

    @Override
    @Transactional
    public void addPeakPrice(PeakPrice price) {
        createPricingRule(new PricingRuleRequest(null, price.name(), price.days(), price.from(), price.to(),
                price.multiplier(), null));
    }

    @Transactional(readOnly = true)
    PageResponse<Resource.View> list(String type, Boolean active, Pageable pageable) {
        return PageResponse.of(resources.search(type, active, pageable), Resource::toView);
    }

    @Transactional(readOnly = true)
    Resource.View get(UUID id) {
        return resource(id).toView();
    }

    @Transactional(readOnly = true)
    List<HoursEntry> hours(UUID id) {
        resource(id);
        return hours.ofResource(id).stream().map(OpeningHours::range).map(HoursEntry::of).toList();
    }

    /** Replaces the resource's opening hours with these ranges; overlapping ranges of a day are refused. */
    @Transactional
    List<HoursEntry> replaceHours(UUID id, List<HoursEntry> entries) {
        resource(id);
        List<SlotCalendar.Range> ranges = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ranges.add(entries.get(i).toRange("[" + i + "]"));
        }
        ranges.sort(Comparator.comparing(SlotCalendar.Range::day).thenComparing(SlotCalendar.Range::opensMinute));
        for (int i = 1; i < ranges.size(); i++) {
            SlotCalendar.Range before = ranges.get(i - 1);
            SlotCalendar.Range range = ranges.get(i);
            if (before.day() == range.day() && range.opensMinute() < before.closesMinute()) {
                throw ApiProblem.invalid("hours", "the ranges of " + range.day() + " overlap");
            }
        }
        hours.deleteOfResource(id);
        hours.saveAllAndFlush(ranges.stream()
                .map(range -> new OpeningHours(id, range.day(), range.opensMinute(), range.closesMinute())).toList());
        return ranges.stream().map(HoursEntry::of).toList();
    }

    @Transactional(readOnly = true)
    List<Closure.View> closures(UUID id, Instant from, Instant to) {
        resource(id);
        return closures.ofResourceBetween(id, from, to).stream().map(Closure::toView).toList();
    }

    @Transactional
    Closure.View addClosure(UUID id, ClosureRequest request) {
        resource(id);
        if (!request.end().isAfter(request.start())) {
            throw ApiProblem.invalid("end", "must be after start");
        }
        return closures.saveAndFlush(new Closure(id, request.start(), request.end(), request.reason())).toView();
    }

    @Transactional
    void deleteClosure(UUID id, UUID closureId) {
        Closure closure = closures.findById(closureId).filter(c -> c.toView().resourceId().equals(id))
                .orElseThrow(() -> ApiProblem.notFound("Closure"));
        closures.delete(closure);
    }

    @Transactional(readOnly = true)
    List<PricingRule.View> pricingRules() {
        return pricing.all().stream().map(PricingRule::toView).toList();
    }

    @Transactional
    PricingRule.View createPricingRule(PricingRuleRequest request) {
        checkRule(request);
        return pricing.saveAndFlush(new PricingRule(request)).toView();
    }

    @Transactional
    PricingRule.View replacePricingRule(UUID id, PricingRuleRequest request) {
        checkRule(request);
        PricingRule rule = pricing.findById(id).orElseThrow(() -> ApiProblem.notFound("Pricing rule"));
        rule.apply(request);
        return pricing.saveAndFlush(rule).toView();
    }

    @Transactional
    void deletePricingRule(UUID id) {
        pricing.delete(pricing.findById(id).orElseThrow(() -> ApiProblem.notFound("Pricing rule")));
    }

    private void checkRule(PricingRuleRequest request) {
        if ((request.multiplier() == null) == (request.price() == null)) {
            throw ApiProblem.invalid("multiplier", "give exactly one of multiplier and price");
        }
        if (request.resourceId() != null && resources.findById(request.resourceId()).isEmpty()) {
            throw ApiProblem.invalid("resourceId", "no such resource");
        }
        if (ClockMinutes.parse("to", request.to()) <= ClockMinutes.parse("from", request.from())) {
            throw ApiProblem.invalid("to", "must be after from");
        }
    }

    private void check(ResourceRequest request) {
        if (request.timezone() != null) {
            try {
                ZoneId.of(request.timezone());
            } catch (DateTimeException e) {
                throw ApiProblem.invalid("timezone", "must be an IANA time zone such as Asia/Jakarta");
            }
        }
        if (request.channelId() != null && channels.all().stream().noneMatch(c -> c.channelId().equals(request.channelId()))) {
            throw ApiProblem.invalid("channelId", "no such channel");
        }
        if (request.paymentProductId() != null && catalog.find(request.paymentProductId()).isEmpty()) {
            throw ApiProblem.invalid("paymentProductId", "no such product");
        }
    }

    private Resource resource(UUID id) {
        return resources.findById(id).orElseThrow(() -> ApiProblem.notFound("Resource"));
    }

    /** One opening range as the API reads and writes it. */
    @Schema(name = "BookingHours")
    record HoursEntry(@Schema(example = "MONDAY") DayOfWeek dayOfWeek, @Schema(example = "08:00") String opens,
                      @Schema(example = "22:00", description = "24:00 for midnight") String closes) {

        static HoursEntry of(SlotCalendar.Range range) {
            return new HoursEntry(range.day(), ClockMinutes.format(range.opensMinute()),
                    ClockMinutes.format(range.closesMinute()));
        }

        SlotCalendar.Range toRange(String at) {
            if (dayOfWeek == null) {
                throw ApiProblem.invalid(at + ".dayOfWeek", "must be a day such as MONDAY");
            }
            int opensMinute = ClockMinutes.parse(at + ".opens", opens);
            int closesMinute = ClockMinutes.parse(at + ".closes", closes);
            if (opensMinute >= 1440 || closesMinute <= opensMinute) {
                throw ApiProblem.invalid(at + ".closes", "must be after opens, on the same day (24:00 at the latest)");
            }
            return new SlotCalendar.Range(dayOfWeek, opensMinute, closesMinute);
        }
    }
}
