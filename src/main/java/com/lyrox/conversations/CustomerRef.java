package com.lyrox.conversations;

import java.util.List;
import java.util.UUID;

/** The customer a conversation is with, as the customers module knows them now. */
public record CustomerRef(UUID customerId, String phone, String name, String stage, List<String> tags) {
}
