package com.lyrox.reports.internal;

import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures of the owner's home page. */
@RestController
@Tag(name = "Reports", description = "The company's activity in figures")
class OverviewController {

    private final OverviewReport report;

    OverviewController(OverviewReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/overview")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Today, this month and each of the last 30 days (in the company's time zone), with the AI allowance")
    OverviewView overview() {
        return report.overview();
    }
}
