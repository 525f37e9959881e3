/**
 * Reports for the owner's home page: conversations, messages, AI replies, handoffs, new leads,
 * sales and revenue by day, and the AI allowance used, read from the modules that own them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = {"platform", "billing", "conversations", "customers", "sales", "tenants"})
package com.lyrox.reports;
