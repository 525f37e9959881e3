package com.lyrox.analytics.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** What the assistant answers: words, the numbers they name, and the customers or conversations behind them. */
record AssistantAnswer(String content, Map<String, Object> figures, List<Link> links) {

    /** A customer or conversation the answer speaks of, for the dashboard to link. */
    @Schema(name = "AssistantLink")
    record Link(@Schema(example = "customer", description = "customer or conversation") String type, String id,
                @Schema(example = "María González") String label) {
    }
}
