package com.lyrox.platform.security;

import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.ApiKeyAuthenticator;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.StoreOutage;
import com.lyrox.platform.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its bearer JWT or its {@code X-API-Key} and binds the caller's
 * company as the tenant for the rest of the request. A credential that is present but wrong
 * is a 401 at once; no credential lets the authorization rules decide.
 */
class CallerAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final AccessTokens accessTokens;
    private final ApiKeyAuthenticator apiKeys;
    private final ProblemResponseWriter problems;

    CallerAuthenticationFilter(AccessTokens accessTokens, ApiKeyAuthenticator apiKeys, ProblemResponseWriter problems) {
        this.accessTokens = accessTokens;
        this.apiKeys = apiKeys;
        this.problems = problems;
    }

    /** The simulator's Graph stand-in checks a channel's token itself (webhooks skip the chain altogether). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/simulator/graph/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (authorization == null && apiKey == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedCaller> caller;
        try {
            caller = authorization != null ? fromBearer(authorization) : apiKeys.authenticate(apiKey);
        } catch (RuntimeException e) {
            // An API key is looked up in the database; with it down the answer is the API's 503,
            // not the servlet container's error page.
            Optional<StoreOutage> outage = StoreOutage.of(e);
            if (outage.isEmpty()) {
                throw e;
            }
            problems.write(response, ApiProblem.unavailable(outage.get()));
            return;
        }
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.write(response, ApiProblem.unauthorized(authorization != null
                    ? "The access token is invalid or expired; refresh it or sign in again"
                    : "The API key is invalid or revoked"));
            return;
        }
        AuthenticatedCaller authenticated = caller.get();
        var authentication = new UsernamePasswordAuthenticationToken(authenticated, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + authenticated.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try (var scope = TenantContext.open(authenticated.companyId(), authenticated.userId())) {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<AuthenticatedCaller> fromBearer(String authorization) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return accessTokens.verify(authorization.substring(BEARER.length()).trim());
    }
}
