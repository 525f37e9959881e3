package com.lyrox.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's name, stage or tags changed: whatever shows a copy of them (the inbox) catches up.
 * {@code changedAt} orders the changes of one customer, so a copy never goes back to an older one.
 */
public record CustomerChanged(UUID companyId, UUID customerId, String name, Stage stage, List<String> tags,
                              Instant changedAt) {
}
