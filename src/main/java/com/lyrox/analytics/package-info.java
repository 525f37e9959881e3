/**
 * Sales intelligence: each customer's lead score, learned per company from its own conversions
 * (a regularised logistic regression, blended with a points-based prior while conversions are
 * few), kept up to date after turns and sales without slowing them; and the figures of a period
 * an owner acts on (funnel, revenue, payment links, conversations), from the modules' figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"platform", "tenants", "customers", "sales", "agents", "conversations", "products", "billing", "bookings"})
package com.lyrox.analytics;
