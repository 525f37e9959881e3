package com.lyrox.agents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a model's tokens cost: USD per million tokens (input, output) by model; unknown models cost
 * as the most expensive listed. The sales agent and the owner's assistant record their cost with it.
 */
public final class ModelPrices {

    /** The offline sales model's name: it costs nothing. */
    public static final String OFFLINE_MODEL = "lyrox-offline-sales";

    private record Price(BigDecimal input, BigDecimal output) {
    }

    private static final Map<String, Price> PER_MILLION = Map.of(
            OFFLINE_MODEL, new Price(BigDecimal.ZERO, BigDecimal.ZERO),
            "gpt-4o-mini", new Price(new BigDecimal("0.15"), new BigDecimal("0.60")),
            "gpt-4.1-mini", new Price(new BigDecimal("0.40"), new BigDecimal("1.60")),
            "gpt-4.1", new Price(new BigDecimal("2.00"), new BigDecimal("8.00")),
            "gpt-4o", new Price(new BigDecimal("2.50"), new BigDecimal("10.00")));
    private static final Price UNKNOWN = new Price(new BigDecimal("2.50"), new BigDecimal("10.00"));
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private ModelPrices() {
    }

    public static BigDecimal cost(String model, int tokensIn, int tokensOut) {
        Price price = PER_MILLION.getOrDefault(model, UNKNOWN);
        return price.input().multiply(BigDecimal.valueOf(tokensIn)).add(price.output().multiply(BigDecimal.valueOf(tokensOut)))
                .divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
