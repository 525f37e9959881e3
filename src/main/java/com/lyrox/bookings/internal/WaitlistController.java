package com.lyrox.bookings.internal;

import com.lyrox.bookings.WaitlistStatus;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers waiting for taken slots: agents put them in line or take them out, viewers read. */
@RestController
@RequestMapping("/api/v1/waitlist")
@Tag(name = "Waitlist", description = "Customers in line for a taken slot; when it frees, the first is offered it as a hold to claim")
class WaitlistController {

    private final WaitlistService waitlist;

    WaitlistController(WaitlistService waitlist) {
        this.waitlist = waitlist;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List waitlist entries, newest first")
    PageResponse<WaitlistEntry.View> list(@ParameterObject @Valid PageQuery page,
                                          @RequestParam(required = false) UUID resourceId,
                                          @RequestParam(required = false) WaitlistStatus status,
                                          @RequestParam(required = false) UUID customerId) {
        return waitlist.list(resourceId, status, customerId,
                page.toPageable(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Put a customer in line for a taken slot; 409 when the slot is free")
    WaitlistEntry.View join(@Valid @RequestBody WaitlistRequest request) {
        return waitlist.join(request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Take a customer out of line; a slot held for them is offered to the next")
    void remove(@PathVariable UUID id) {
        waitlist.remove(id);
    }
}
