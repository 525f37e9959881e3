package com.lyrox.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current company's sales in a period, as the analytics page reads them. */
public interface SalesAnalytics {

    /** The products that brought the most money from sales paid in [from, to), per currency, best first. */
    List<ProductRevenue> revenueByProduct(Instant from, Instant to, int most);

    /** Sales made (a payment link sent) in [from, to) and what became of them. */
    PaymentLinks paymentLinks(Instant from, Instant to);

    /** A product's paid sales in one currency. */
    record ProductRevenue(UUID productId, String currency, long sales, BigDecimal amount) {
    }

    /**
     * Sales made in a period: paid (refunded ones included: they were paid), waiting, failed; and
     * the median minutes from the sale to its payment.
     */
    record PaymentLinks(long sent, long paid, long pending, long failed, Double medianMinutesToPay) {
    }
}
