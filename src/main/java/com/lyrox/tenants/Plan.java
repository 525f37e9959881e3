package com.lyrox.tenants;

/** A company's subscription plan. */
public enum Plan {
    FREE, STARTER, PROFESSIONAL, ENTERPRISE
}
