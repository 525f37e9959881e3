package com.lyrox.tenants.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.CompanyProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A suspended company's members and keys may read its data and nothing else: every request of
 * its that would change something answers 403 with the reason. Signing in and out, and the
 * platform administration, are not the company's and stay open.
 */
@Component
class SuspensionGuard implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final CompanyService companies;

    SuspensionGuard(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**").excludePathPatterns("/api/v1/auth/**", "/api/v1/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        TenantContext.companyId().flatMap(companies::find).filter(CompanyProfile::suspended).ifPresent(company -> {
            throw ApiProblem.forbidden("This company is suspended (" + company.suspensionReason() + "): its data can be read, "
                    + "nothing changed, and the AI answers no customer until Lyrox reactivates it");
        });
        return true;
    }
}
