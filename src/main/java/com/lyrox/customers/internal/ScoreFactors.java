package com.lyrox.customers.internal;

import com.lyrox.customers.ScoreFactor;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A customer's score factors as stored (a JSON array), read for the API. */
final class ScoreFactors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() {
    };

    private ScoreFactors() {
    }

    static List<ScoreFactor> read(String stored) {
        return stored == null || stored.isBlank() ? List.of() : JSON.readValue(stored, FACTORS);
    }
}
