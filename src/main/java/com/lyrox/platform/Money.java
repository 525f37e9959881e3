package com.lyrox.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts of money are kept and shown with two decimals: "98.00", never "98". */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The currency code when ISO 4217 knows it; otherwise a 400 naming the field. */
    public static String currency(String field, String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.invalid(field, "must be an ISO 4217 currency code such as USD or EUR");
        }
    }
}
