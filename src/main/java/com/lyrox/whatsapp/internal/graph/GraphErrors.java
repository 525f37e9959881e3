package com.lyrox.whatsapp.internal.graph;

import java.util.Set;

/** What to do about a Graph API error code (the table in Meta's error reference). */
final class GraphErrors {

    static final int TOKEN_EXPIRED = 190;
    static final int PAIR_RATE_LIMIT = 131056;

    private static final Set<Integer> RATE_LIMITS = Set.of(130429, 80007, 4, PAIR_RATE_LIMIT);
    private static final Set<Integer> TRANSIENT = Set.of(131000, 131016, 133004, 1, 2, 131057);

    private GraphErrors() {
    }

    /** Worth another try: rate limits, transient errors, server errors and timeouts (no code). */
    static boolean retryable(Integer code, int httpStatus) {
        if (code == null) {
            return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
        }
        return RATE_LIMITS.contains(code) || TRANSIENT.contains(code);
    }
}
