/**
 * Payments from providers: a company connects Stripe, Mercado Pago, or any other provider through
 * a signed generic webhook. Each provider event is checked (its signature over the raw bytes,
 * once per event id, its amount and currency against the sale) and then moves the sale it names
 * through the transitions the sales module already has.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = {"platform", "sales"})
package com.lyrox.payments;
