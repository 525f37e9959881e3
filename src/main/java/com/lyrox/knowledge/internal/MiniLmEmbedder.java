package com.lyrox.knowledge.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) running in-process on ONNX Runtime; the model
 * ships inside its Maven artifact, so it needs no network and no key. Loaded on first use.
 */
@Component
class MiniLmEmbedder implements Embedder {

    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        return normalized(model().embed(text).content());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        EmbeddingModel loaded = model();
        return texts.stream().map(text -> normalized(loaded.embed(TextSegment.from(text)).content())).toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static float[] normalized(Embedding embedding) {
        float[] vector = embedding.vector();
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
