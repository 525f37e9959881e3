package com.lyrox.customers;

import java.util.List;
import java.util.UUID;

/** A customer as the message path sees them when they write. */
public record CustomerContact(UUID id, String phone, String name, Stage stage, List<String> tags, boolean optedOut) {
}
