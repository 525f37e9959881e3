package com.lyrox.billing.internal;

import com.lyrox.billing.PrepaidBalance;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The prepaid balance, the usage of each month and Lyrox's own monthly invoices of the company. */
@RestController
@Tag(name = "Billing", description = "Plan usage, the prepaid balance and monthly invoices")
class BalanceController {

    private final BalanceLedger balance;
    private final MonthlyStatements statements;
    private final StatementPdf pdf;
    private final Companies companies;

    BalanceController(BalanceLedger balance, MonthlyStatements statements, StatementPdf pdf, Companies companies) {
        this.balance = balance;
        this.statements = statements;
        this.pdf = pdf;
        this.companies = companies;
    }

    @GetMapping("/api/v1/billing/balance")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The prepaid balance that pays for AI interactions past the plan's allowance, and what one costs")
    BalanceLedger.View balance() {
        return balance.balance();
    }

    @GetMapping("/api/v1/billing/deposits")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Money put on the prepaid balance, newest first")
    PageResponse<PrepaidBalance.Deposit> deposits(@ParameterObject @Valid PageQuery page) {
        Pageable pageable = page.toPageable(Sort.unsorted());
        return balance.deposits(pageable.getPageNumber(), pageable.getPageSize());
    }

    @GetMapping("/api/v1/billing/usage/months")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Usage per month: the running month first (not closed), then the closed ones, newest first")
    List<MonthlyStatements.UsageRecord> months(@RequestParam(defaultValue = "12") @Min(1) @Max(36) int months) {
        return statements.usageRecords(months);
    }

    @GetMapping("/api/v1/billing/monthly-invoices")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Lyrox's monthly invoices of the company, newest month first (made once a month is over)")
    PageResponse<MonthlyStatements.Statement> invoices(@ParameterObject @Valid PageQuery page) {
        Pageable pageable = page.toPageable(Sort.unsorted());
        return statements.list(pageable.getPageNumber(), pageable.getPageSize());
    }

    @GetMapping("/api/v1/billing/monthly-invoices/draft")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The running month's invoice so far (not stored; draft is true)")
    MonthlyStatements.Statement draft() {
        return statements.draft();
    }

    @GetMapping("/api/v1/billing/monthly-invoices/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "One monthly invoice with its lines")
    MonthlyStatements.Statement invoice(@PathVariable UUID id) {
        return statements.get(id);
    }

    @GetMapping(path = "/api/v1/billing/monthly-invoices/{id}/pdf")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "One monthly invoice as PDF", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
        MonthlyStatements.Statement statement = statements.get(id);
        String company = companies.find(TenantContext.requireCompanyId()).map(CompanyProfile::name)
                .orElseThrow(() -> ApiProblem.notFound("Company"));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + statement.number() + ".pdf\"")
                .body(pdf.render(statement, company));
    }
}
