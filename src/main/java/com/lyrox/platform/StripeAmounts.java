package com.lyrox.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/** Stripe's amounts: integers in the currency's smallest unit, none for zero-decimal currencies, thousandths for a few. */
public final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {
    }

    public static BigDecimal fromMinor(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, decimals(currency));
    }

    public static long toMinor(BigDecimal amount, String currency) {
        return amount.setScale(decimals(currency), RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** How many decimals Stripe counts the currency in. */
    public static int decimals(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        return ZERO_DECIMAL.contains(code) ? 0 : THREE_DECIMAL.contains(code) ? 3 : 2;
    }
}
