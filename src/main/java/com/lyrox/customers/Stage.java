package com.lyrox.customers;

/** Where a person stands in the sales pipeline, in the pipeline's order: a stage comes after those declared before it. */
public enum Stage {
    LEAD, QUALIFIED, CUSTOMER, CHURNED;

    /** Whether this stage lies further along the pipeline than {@code other}. */
    public boolean isAfter(Stage other) {
        return compareTo(other) > 0;
    }
}
