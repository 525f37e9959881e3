package com.lyrox.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money are kept and shown with two decimals: "98.00", never "98". */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
