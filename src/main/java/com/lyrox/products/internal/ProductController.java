package com.lyrox.products.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.products.ProductRequest;
import com.lyrox.products.ProductView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CRUD for the catalog. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The catalog the AI agent sells from")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List products by name")
    PageResponse<ProductView> list(@ParameterObject @Valid PageQuery page,
                                   @Parameter(description = "Only active (true) or inactive (false) products")
                                   @RequestParam(required = false) Boolean active,
                                   @Parameter(description = "Text in the name or description", example = "plan")
                                   @RequestParam(required = false) String search) {
        return products.list(active, search, page.toPageable(Sort.by("name").and(Sort.by("id"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a product")
    ProductView get(@PathVariable UUID id) {
        return products.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Create a product")
    ProductView create(@Valid @RequestBody ProductRequest request) {
        return products.create(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Replace a product")
    ProductView update(@PathVariable UUID id, @Valid @RequestBody ProductRequest request) {
        return products.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Delete a product that has no sales (otherwise deactivate it)")
    void delete(@PathVariable UUID id) {
        products.delete(id);
    }
}
