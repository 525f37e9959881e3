package com.lyrox.products.internal;

import com.lyrox.platform.Money;
import com.lyrox.platform.TenantOwnedEntity;
import com.lyrox.products.ProductRequest;
import com.lyrox.products.ProductView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Something the company sells. */
@Entity
@Table(name = "products")
class Product extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_link")
    private String paymentLink;

    private boolean active;

    protected Product() {
    }

    Product(ProductRequest request) {
        apply(request);
    }

    void apply(ProductRequest request) {
        this.name = request.name().trim();
        this.description = request.description();
        this.price = Money.amount(request.price());
        this.currency = request.currency() == null ? "USD" : Money.currency("currency", request.currency());
        this.paymentLink = request.paymentLink();
        this.active = request.active() == null || request.active();
    }

    ProductView toView() {
        return new ProductView(getId(), name, description, price, currency, paymentLink, active,
                getCreatedAt(), getUpdatedAt());
    }
}
