package com.lyrox.tenants.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.tenants.ChannelRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CRUD for the company's WhatsApp channels; owners and admins only, since they carry credentials. */
@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels", description = "The company's WhatsApp numbers (outlets) and their Cloud API credentials")
class ChannelController {

    private final ChannelService channels;

    ChannelController(ChannelService channels) {
        this.channels = channels;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "List channels by name (OWNER or ADMIN)")
    PageResponse<ChannelView> list(@ParameterObject @Valid PageQuery page) {
        return channels.list(page.toPageable(Sort.by("name").and(Sort.by("id"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Get a channel (OWNER or ADMIN)")
    ChannelView get(@PathVariable UUID id) {
        return channels.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Connect a WhatsApp number (OWNER or ADMIN); accessToken, appSecret and verifyToken are required")
    ChannelView create(@Valid @RequestBody ChannelRequest request) {
        return channels.register(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace a channel (OWNER or ADMIN); secrets left out keep their value, new ones reconnect it")
    ChannelView update(@PathVariable UUID id, @Valid @RequestBody ChannelRequest request) {
        return channels.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Disconnect and remove a channel (OWNER or ADMIN)")
    void delete(@PathVariable UUID id) {
        channels.delete(id);
    }
}
