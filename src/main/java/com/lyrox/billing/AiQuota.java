package com.lyrox.billing;

import java.util.UUID;

/** Meters the AI interactions of a company against its plan's monthly allowance. */
public interface AiQuota {

    /**
     * Counts one AI interaction of the current month, if the plan still allows it; past the
     * allowance, if the company's prepaid balance pays for it. At 80% and 100% of the allowance a
     * {@link QuotaThresholdReached} event tells the owner, and a balance that falls low a
     * {@link BalanceLow} event.
     */
    Usage consume(UUID companyId);

    /** This month's usage without counting anything. */
    Usage usage(UUID companyId);

    /**
     * Used and allowed this month ({@code limit} is -1 when unlimited), and the interactions past
     * the allowance paid from the prepaid balance; {@code allowed} says whether the AI may answer.
     */
    record Usage(String month, String plan, long used, long limit, long overage, boolean allowed) {

        public int percent() {
            return limit <= 0 ? 0 : (int) Math.min(100, used * 100 / limit);
        }
    }
}
