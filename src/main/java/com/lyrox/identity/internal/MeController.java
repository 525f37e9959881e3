package com.lyrox.identity.internal;

import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is. */
@RestController
@Tag(name = "Authentication")
class MeController {

    private final AuthService auth;

    MeController(AuthService auth) {
        this.auth = auth;
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The signed-in user, the current company and role, and every company you may switch to")
    MeView me() {
        AuthenticatedCaller caller = AuthenticatedCaller.current();
        return auth.me(caller.userId(), caller.companyId(), caller.role());
    }
}
