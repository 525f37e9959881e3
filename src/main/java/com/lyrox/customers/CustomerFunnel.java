package com.lyrox.customers;

import java.time.Instant;

/** Where the current company's customers who first wrote in a period stand now in the pipeline. */
public interface CustomerFunnel {

    /** Of the customers first in touch in [from, to): how many, and how many are at each stage now. */
    Standing standingOf(Instant from, Instant to);

    /**
     * Customers first in touch in a period, by the stage they are at now; and the median days from
     * the first message to QUALIFIED (or straight to CUSTOMER) and from there to CUSTOMER, over
     * those who made the step (absent when none did).
     */
    record Standing(long contacted, long leads, long qualified, long customers, long churned, Double medianDaysToQualified,
                    Double medianDaysToCustomer) {
    }
}
