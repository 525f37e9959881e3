package com.lyrox.platform;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made the current request: a member signed in with a JWT, or a developer with an API key
 * (then {@code userId} is null and {@code apiKeyId} names the key).
 */
public record AuthenticatedCaller(UUID userId, UUID companyId, Role role, UUID apiKeyId) {

    public static AuthenticatedCaller current() {
        return find().orElseThrow(() -> ApiProblem.unauthorized("Sign in or send an API key"));
    }

    public static Optional<AuthenticatedCaller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedCaller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The signed-in user; API keys act for a company, not a person. */
    public UUID requireUserId() {
        if (userId == null) {
            throw ApiProblem.forbidden("This action needs a signed-in user, not an API key");
        }
        return userId;
    }
}
