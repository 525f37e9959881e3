/**
 * Conversations in MongoDB: one document per (company, customer) with status, stage,
 * counters and the last message, and the message history in bounded blocks read by id.
 * Handoff state (AI or human), the conversations API, and the events that say what changed
 * ({@code MessageRecorded}, {@code DeliveryStatusChanged}, {@code ConversationUpdated}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations",
        allowedDependencies = {"platform", "customers", "tenants"})
package com.lyrox.conversations;
