package com.lyrox.products.internal;

import com.lyrox.platform.AfterCommit;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.ExpiringCache;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.SearchText;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductRequest;
import com.lyrox.products.ProductView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog of the current company. */
@Service
class ProductService implements ProductCatalog {

    /** How long an instance answers the agent from its copy of a company's active catalog. */
    static final Duration ACTIVE_CATALOG_TTL = Duration.ofSeconds(5);

    private final ExpiringCache<UUID, List<ProductView>> activeCatalogs = new ExpiringCache<>(ACTIVE_CATALOG_TTL);
    private final ProductRepository products;

    ProductService(ProductRepository products) {
        this.products = products;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> find(UUID productId) {
        return products.findById(productId).map(Product::toView);
    }

    /**
     * The company's active products, by name (at most 100), read on every answer of the agent:
     * kept for {@link #ACTIVE_CATALOG_TTL}; a change made through this instance is seen at once.
     */
    @Override
    @Transactional(readOnly = true)
    public List<ProductView> active() {
        return activeCatalogs.get(TenantContext.requireCompanyId(), company -> Optional.of(
                products.search(true, null, PageRequest.of(0, 100, Sort.by("name"))).map(Product::toView).getContent()))
                .orElseThrow();
    }

    @Override
    @Transactional
    public ProductView create(ProductRequest request) {
        catalogChanged();
        return products.saveAndFlush(new Product(request)).toView();
    }

    @Transactional(readOnly = true)
    PageResponse<ProductView> list(Boolean active, String search, Pageable pageable) {
        return PageResponse.of(products.search(active, SearchText.likePattern(search), pageable), Product::toView);
    }

    @Transactional(readOnly = true)
    ProductView get(UUID id) {
        return find(id).orElseThrow(ProductService::notFound);
    }

    @Transactional
    ProductView update(UUID id, ProductRequest request) {
        Product product = products.findById(id).orElseThrow(ProductService::notFound);
        product.apply(request);
        catalogChanged();
        return products.saveAndFlush(product).toView();
    }

    @Transactional
    void delete(UUID id) {
        Product product = products.findById(id).orElseThrow(ProductService::notFound);
        try {
            products.delete(product);
            products.flush();
            catalogChanged();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.conflict(null, "This product has sales and cannot be deleted; set active to false instead");
        }
    }

    private void catalogChanged() {
        UUID companyId = TenantContext.requireCompanyId();
        AfterCommit.run(() -> activeCatalogs.invalidate(companyId));
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("Product");
    }
}
