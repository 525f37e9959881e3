package com.lyrox.customers;

/** Where a person stands in the sales pipeline. */
public enum Stage {
    LEAD, QUALIFIED, CUSTOMER, CHURNED
}
