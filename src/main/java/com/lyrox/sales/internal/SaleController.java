package com.lyrox.sales.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.sales.PaymentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sales and their payment lifecycle: PENDING → COMPLETED → REFUNDED, or PENDING → FAILED. */
@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales", description = "Purchases; completing one raises the customer's lifetime value and makes them a CUSTOMER")
class SaleController {

    private final SaleService sales;

    SaleController(SaleService sales) {
        this.sales = sales;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List sales, newest first")
    PageResponse<Sale.View> list(@ParameterObject @Valid PageQuery page,
                                 @RequestParam(required = false) PaymentStatus status,
                                 @RequestParam(required = false) UUID customerId) {
        return sales.list(status, customerId, page.toPageable(Sort.by(Sort.Direction.DESC, "saleDate").and(Sort.by("id"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a sale")
    Sale.View get(@PathVariable UUID id) {
        return sales.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Record a PENDING sale of a product to a customer")
    Sale.View create(@Valid @RequestBody SaleRequests.Create request) {
        return sales.create(request);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Mark a PENDING sale as paid")
    Sale.View complete(@PathVariable UUID id, @Valid @RequestBody(required = false) SaleRequests.Complete request) {
        return sales.complete(id, request == null ? null : request.paymentId());
    }

    @PostMapping("/{id}/refund")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Refund a COMPLETED sale; the customer's lifetime value goes back down")
    Sale.View refund(@PathVariable UUID id) {
        return sales.refund(id);
    }

    @PostMapping("/{id}/fail")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Mark a PENDING sale's payment as failed")
    Sale.View fail(@PathVariable UUID id) {
        return sales.fail(id);
    }
}
