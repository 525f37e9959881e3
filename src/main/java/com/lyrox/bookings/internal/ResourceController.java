package com.lyrox.bookings.internal;

import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What can be booked, when and at what price. Owners and admins manage; everyone reads. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking resources", description = "Courts, rooms and sessions: opening hours, closures and pricing rules")
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @GetMapping("/resources")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List resources by name")
    PageResponse<Resource.View> list(@ParameterObject @Valid PageQuery page, @RequestParam(required = false) String type,
                                     @RequestParam(required = false) Boolean active) {
        return resources.list(type, active, page.toPageable(Sort.by("name").and(Sort.by("id"))));
    }

    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Create a resource")
    Resource.View create(@Valid @RequestBody ResourceRequest request) {
        return resources.create(request);
    }

    @GetMapping("/resources/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a resource")
    Resource.View get(@PathVariable UUID id) {
        return resources.get(id);
    }

    @PutMapping("/resources/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a resource's settings; bookings already made keep their times and prices")
    Resource.View replace(@PathVariable UUID id, @Valid @RequestBody ResourceRequest request) {
        return resources.replace(id, request);
    }

    @GetMapping("/resources/{id}/hours")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A resource's opening hours")
    List<ResourceService.HoursEntry> hours(@PathVariable UUID id) {
        return resources.hours(id);
    }

    @PutMapping("/resources/{id}/hours")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a resource's opening hours (several ranges a day allowed; 24:00 closes at midnight)")
    List<ResourceService.HoursEntry> replaceHours(@PathVariable UUID id, @RequestBody List<ResourceService.HoursEntry> hours) {
        return resources.replaceHours(id, hours);
    }

    @GetMapping("/resources/{id}/closures")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A resource's closures overlapping [from, to) (default: from now on)")
    List<Closure.View> closures(@PathVariable UUID id, @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to) {
        return resources.closures(id, from != null ? from : Instant.now(),
                to != null ? to : Instant.parse("9999-01-01T00:00:00Z"));
    }

    @PostMapping("/resources/{id}/closures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Close a resource for a period (holiday, maintenance); bookings already made stay")
    Closure.View addClosure(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request) {
        return resources.addClosure(id, request);
    }

    @DeleteMapping("/resources/{id}/closures/{closureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Remove a closure")
    void deleteClosure(@PathVariable UUID id, @PathVariable UUID closureId) {
        resources.deleteClosure(id, closureId);
    }

    @GetMapping("/pricing-rules")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List pricing rules")
    List<PricingRule.View> pricingRules() {
        return resources.pricingRules();
    }

    @PostMapping("/pricing-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Create a pricing rule: a slot covered by several rules costs the highest of their prices")
    PricingRule.View createPricingRule(@Valid @RequestBody PricingRuleRequest request) {
        return resources.createPricingRule(request);
    }

    @PutMapping("/pricing-rules/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a pricing rule")
    PricingRule.View replacePricingRule(@PathVariable UUID id, @Valid @RequestBody PricingRuleRequest request) {
        return resources.replacePricingRule(id, request);
    }

    @DeleteMapping("/pricing-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Delete a pricing rule")
    void deletePricingRule(@PathVariable UUID id) {
        resources.deletePricingRule(id);
    }
}
