package com.lyrox.products;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the catalog (always within the current company). */
public interface ProductCatalog {

    Optional<ProductView> find(UUID productId);

    /** The products on sale now, by name. */
    List<ProductView> active();

    ProductView create(ProductRequest request);
}
