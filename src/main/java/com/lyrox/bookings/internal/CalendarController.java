package com.lyrox.bookings.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files (.ics): through the API for staff, and at signed links for customers and
 * calendar apps, which cannot sign in. A link whose signature does not match answers 404, like
 * one that names nothing.
 */
@RestController
@Tag(name = "Bookings")
class CalendarController {

    private final CalendarService calendars;
    private final CalendarLinks links;

    CalendarController(CalendarService calendars, CalendarLinks links) {
        this.calendars = calendars;
        this.links = links;
    }

    @GetMapping(value = "/api/v1/bookings/{id}.ics")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A booking's calendar file")
    ResponseEntity<String> booking(@PathVariable UUID id) {
        return file(calendars.booking(id), "booking-" + id);
    }

    @GetMapping("/api/v1/resources/{id}/calendar-feed")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "The private address of a resource's calendar feed, to subscribe to from Google Calendar or Outlook")
    Map<String, String> feedUrl(@PathVariable UUID id) {
        return Map.of("url", calendars.feedUrl(id));
    }

    @GetMapping(value = "/calendar/{companyId}/bookings/{id}.ics")
    @Operation(summary = "A booking's calendar file at its signed link (no sign-in)")
    ResponseEntity<String> signedBooking(@PathVariable UUID companyId, @PathVariable UUID id,
                                         @RequestParam(required = false) String sig) {
        if (!links.verifies(CalendarLinks.BOOKING, companyId, id, sig)) {
            throw ApiProblem.notFound("Calendar");
        }
        return file(TenantContext.callAs(companyId, null, () -> calendars.booking(id)), "booking-" + id);
    }

    @GetMapping(value = "/calendar/{companyId}/resources/{id}.ics")
    @Operation(summary = "A resource's calendar feed at its signed link (no sign-in)")
    ResponseEntity<String> signedFeed(@PathVariable UUID companyId, @PathVariable UUID id,
                                      @RequestParam(required = false) String sig) {
        if (!links.verifies(CalendarLinks.FEED, companyId, id, sig)) {
            throw ApiProblem.notFound("Calendar");
        }
        return file(TenantContext.callAs(companyId, null, () -> calendars.feed(id)), "resource-" + id);
    }

    private static ResponseEntity<String> file(String text, String name) {
        // Whatever the client accepts: calendar apps send all kinds of Accept headers.
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, CalendarFiles.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(text);
    }
}
