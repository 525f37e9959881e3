/**
 * Leads and customers: phone (E.164, unique per company), stage LEAD → QUALIFIED → CUSTOMER
 * → CHURNED, tags, lifetime value and interactions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = {"platform", "sales"})
package com.lyrox.customers;
