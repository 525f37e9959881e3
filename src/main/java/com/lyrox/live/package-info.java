/**
 * The dashboard's live stream ({@code /ws/live}): what the other modules' events say changed
 * (messages, delivery statuses, conversations, AI allowance notices), as JSON frames to each
 * company's open streams, fanned out between instances through Redis pub/sub.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live",
        allowedDependencies = {"platform", "billing", "bookings", "conversations", "payments"})
package com.lyrox.live;
