package com.lyrox.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.payments.*}.
 *
 * @param signatureTolerance how far a signed provider event's timestamp may be from now before it is refused as a replay
 * @param stripeApiBase      where Stripe's API answers (Checkout Sessions made with a company's secret key)
 * @param checkoutReturnUrl  where a customer goes after paying at a Checkout made for their sale (WhatsApp, by default)
 * @param mercadoPagoApiUrls the Mercado Pago API addresses a company may read its payments from (what its {@code apiUrl}
 *                           must start with): the server calls it, so no other address is accepted
 */
@ConfigurationProperties("lyrox.payments")
public record PaymentSettings(@DefaultValue("5m") Duration signatureTolerance,
                              @DefaultValue("https://api.stripe.com") String stripeApiBase,
                              @DefaultValue("https://wa.me/") String checkoutReturnUrl,
                              @DefaultValue("https://api.mercadopago.com") java.util.List<String> mercadoPagoApiUrls) {
}
