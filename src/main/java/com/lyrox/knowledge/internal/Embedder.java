package com.lyrox.knowledge.internal;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product says how close their meanings are. */
interface Embedder {

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);
}
