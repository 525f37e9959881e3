/**
 * Conversations in MongoDB: one document per (company, customer) with status, stage,
 * counters and the last message, and the message history in bounded blocks read by id.
 * Handoff state (AI or human), the conversations API and the live events it raises.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package com.lyrox.conversations;
