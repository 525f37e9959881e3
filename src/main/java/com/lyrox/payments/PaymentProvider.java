package com.lyrox.payments;

/** Where a company's customers pay, as far as Lyrox hears of it. */
public enum PaymentProvider {
    /** Stripe Payment Links and Checkout, through Stripe's signed webhooks. */
    STRIPE("stripe"),
    /** Mercado Pago, through its signed notifications and its payments API. */
    MERCADO_PAGO("mercadopago"),
    /** Any other provider, or a company's own system, through Lyrox's signed generic webhook. */
    GENERIC("generic");

    private final String slug;

    PaymentProvider(String slug) {
        this.slug = slug;
    }

    /** How the provider is named in URLs: {@code /api/v1/payment-providers/{slug}}. */
    public String slug() {
        return slug;
    }
}
