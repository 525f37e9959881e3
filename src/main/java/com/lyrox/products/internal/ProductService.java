package com.lyrox.products.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.SearchText;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductRequest;
import com.lyrox.products.ProductView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog of the current company. */
@Service
class ProductService implements ProductCatalog {

    private final ProductRepository products;

    ProductService(ProductRepository products) {
        this.products = products;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> find(UUID productId) {
        return products.findById(productId).map(Product::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductView> active() {
        return products.search(true, null, org.springframework.data.domain.PageRequest.of(0, 100,
                org.springframework.data.domain.Sort.by("name"))).map(Product::toView).getContent();
    }

    @Override
    @Transactional
    public ProductView create(ProductRequest request) {
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
        return products.saveAndFlush(product).toView();
    }

    @Transactional
    void delete(UUID id) {
        Product product = products.findById(id).orElseThrow(ProductService::notFound);
        try {
            products.delete(product);
            products.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.conflict(null, "This product has sales and cannot be deleted; set active to false instead");
        }
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("Product");
    }
}
