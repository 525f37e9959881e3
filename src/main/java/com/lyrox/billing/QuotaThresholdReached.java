package com.lyrox.billing;

import java.util.UUID;

/** A company used 80% or 100% of this month's AI interactions. */
public record QuotaThresholdReached(UUID companyId, int percent, long used, long limit) {
}
