package com.lyrox.tenants.internal;

import com.lyrox.platform.Role;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.CompanyUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's company profile and AI settings. */
@RestController
@RequestMapping("/api/v1/company")
@Tag(name = "Company", description = "The signed-in company's profile, brand personality and AI settings")
class CompanyController {

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get the company profile")
    CompanyProfile get() {
        return companies.current();
    }

    @PutMapping
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Replace the company profile (OWNER or ADMIN); the plan changes through billing, not here")
    CompanyProfile update(@Valid @RequestBody CompanyUpdate update) {
        return companies.update(update);
    }
}
