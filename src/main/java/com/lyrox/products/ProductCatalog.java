package com.lyrox.products;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the catalog (always within the current company). */
public interface ProductCatalog {

    Optional<ProductView> find(UUID productId);

    ProductView create(ProductRequest request);
}
