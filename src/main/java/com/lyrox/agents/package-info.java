/**
 * The AI sales agent: answers a customer's turn in the company's voice from its catalog,
 * moves the customer through the pipeline with tools (payment links, stage, tags, handoff),
 * with a language model or fully offline; logs tokens, latency and cost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agents",
        allowedDependencies = {"platform", "bookings", "conversations", "customers", "knowledge", "payments", "products", "sales", "tenants"})
package com.lyrox.agents;
