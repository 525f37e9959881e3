package com.lyrox.identity.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys for developers: send one as {@code X-API-Key} to act for the company. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for integrations, managed by signed-in owners and admins (not by keys); "
        + "the secret is shown once, only its hash is kept")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "List API keys, newest first, revoked ones included")
    PageResponse<ApiKeyViews.Key> list(@ParameterObject @Valid PageQuery page) {
        AuthenticatedCaller.current().requireUserId();
        return keys.list(page.toPageable(Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Create an API key; the answer holds the secret, which is never shown again")
    ApiKeyViews.Created create(@Valid @RequestBody ApiKeyViews.Create request) {
        return keys.create(request, AuthenticatedCaller.current().requireUserId());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Revoke an API key at once")
    ApiKeyViews.Key revoke(@PathVariable UUID id) {
        AuthenticatedCaller.current().requireUserId();
        return keys.revoke(id);
    }
}
