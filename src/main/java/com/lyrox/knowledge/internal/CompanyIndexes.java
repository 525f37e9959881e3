package com.lyrox.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Each company's {@link CompanyIndex}, held in memory (10,000 chunks take about 20 MB) and
 * rebuilt when the company's revision in the database moved, so every instance sees every
 * change; the least recently searched companies are dropped beyond {@link #COMPANIES}.
 */
@Component
class CompanyIndexes {

    private static final int COMPANIES = 64;

    private final ChunkStore store;
    private final Map<UUID, CompanyIndex> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, CompanyIndex> eldest) {
            return size() > COMPANIES;
        }
    };

    CompanyIndexes(ChunkStore store) {
        this.store = store;
    }

    CompanyIndex of(UUID companyId) {
        long revision = store.revision(companyId);
        CompanyIndex cached;
        synchronized (cache) {
            cached = cache.get(companyId);
        }
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        CompanyIndex loaded = store.index(companyId);
        synchronized (cache) {
            cache.put(companyId, loaded);
        }
        return loaded;
    }
}
