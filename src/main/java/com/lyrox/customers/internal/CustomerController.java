package com.lyrox.customers.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.customers.Stage;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CRUD and pipeline moves for customers. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Leads and customers in the pipeline LEAD → QUALIFIED → CUSTOMER → CHURNED")
class CustomerController {

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List customers (newest first, or by lead score), filtered by stage, tag, text and score")
    PageResponse<CustomerViews.Customer> list(@ParameterObject @Valid PageQuery page,
            @RequestParam(required = false) Stage stage,
            @Parameter(example = "interested-fitness") @RequestParam(required = false) String tag,
            @Parameter(description = "Text in the name, phone or email", example = "maria")
            @RequestParam(required = false) String search,
            @Parameter(description = "Lowest lead score (0–100)", example = "60")
            @RequestParam(required = false) @Min(0) @Max(100) Integer minScore,
            @Parameter(description = "Highest lead score (0–100)", example = "100")
            @RequestParam(required = false) @Min(0) @Max(100) Integer maxScore,
            @Parameter(description = "createdAt,desc (default), score,desc (unscored last), score,asc, lastInteraction,desc or name,asc",
                    example = "score,desc")
            @RequestParam(required = false) String sort) {
        return customers.list(stage, tag, search, minScore, maxScore, page.toPageable(CustomerOrders.of(sort)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a customer")
    CustomerViews.Customer get(@PathVariable UUID id) {
        return customers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Create a customer; the phone must be unique in the company")
    CustomerViews.Customer create(@Valid @RequestBody CustomerViews.Write write) {
        return customers.create(write);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Replace a customer's details")
    CustomerViews.Customer update(@PathVariable UUID id, @Valid @RequestBody CustomerViews.Write write) {
        return customers.update(id, write);
    }

    @PatchMapping("/{id}/stage")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Move a customer to another pipeline stage")
    CustomerViews.Customer changeStage(@PathVariable UUID id, @Valid @RequestBody CustomerViews.StageChange change) {
        return customers.changeStage(id, change.stage());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Delete a customer and their sales")
    void delete(@PathVariable UUID id) {
        customers.delete(id);
    }
}
