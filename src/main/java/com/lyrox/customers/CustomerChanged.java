package com.lyrox.customers;

import java.util.List;
import java.util.UUID;

/** A customer's name, stage or tags changed: whatever shows a copy of them (the inbox) catches up. */
public record CustomerChanged(UUID companyId, UUID customerId, String name, Stage stage, List<String> tags) {
}
