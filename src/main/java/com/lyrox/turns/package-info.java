/**
 * The turn: the durable queue between the webhook and the answer, its workers, and what happens
 * to each customer message (opt-out, human handling, rate limit, debounce, the plan's AI
 * allowance, the claim) before the agent answers and the reply goes out in the conversation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Turns",
        allowedDependencies = {"platform", "billing", "conversations", "customers", "tenants"})
package com.lyrox.turns;
