package com.lyrox.platform.security;

import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.ApiKeyAuthenticator;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.web.DashboardPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless API security: JWT or API key on {@code /api/v1/**}, open sign-up/login, API docs
 * and health; role checks by {@code @PreAuthorize} with OWNER &gt; ADMIN &gt; AGENT &gt; VIEWER.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens accessTokens, ApiKeyAuthenticator apiKeys,
                                    ProblemResponseWriter problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CallerAuthenticationFilter(accessTokens, apiKeys, problems),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/signup", "/api/v1/auth/login",
                                "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/accept-invite").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // The live stream authenticates its handshake itself (browsers cannot set headers).
                        .requestMatchers("/ws/**").permitAll()
                        // The simulator's Graph API stand-in checks the channel's access token itself.
                        .requestMatchers("/simulator/graph/**").permitAll()
                        // Calendar files and feeds for calendar apps: each link carries its own signature.
                        .requestMatchers(HttpMethod.GET, "/calendar/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .requestMatchers("/error", "/", "/favicon.ico").permitAll()
                        // The dashboard's files and pages; it signs in through the API.
                        .requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
                                && DashboardPages.isDashboardPath(request.getRequestURI())).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                ApiProblem.unauthorized("Sign in (Authorization: Bearer <token>) or send an X-API-Key")))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                ApiProblem.forbidden("Your role does not allow this action"))))
                .build();
    }

    /**
     * Webhooks from Meta and the payment providers prove who sent them by their body's signature,
     * which their controllers check; none carries a user. They skip the filter chain, a fifth of a
     * webhook's CPU in a burst (docs/benchmarks.md).
     */
    @Bean
    WebSecurityCustomizer webhooksOutsideTheFilterChain() {
        return web -> web.ignoring().requestMatchers("/webhooks/**");
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_OWNER > ROLE_ADMIN
                ROLE_ADMIN > ROLE_AGENT
                ROLE_AGENT > ROLE_VIEWER
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
