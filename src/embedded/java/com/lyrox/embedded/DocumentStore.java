package com.lyrox.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file of the in-process MongoDB server, its documents and the keys of its unique indexes kept
 * as BSON ({@link BsonDocumentType}, {@link BsonKeyType}). A file written before, in Java
 * serialisation, is converted when it is opened, one map (a collection's documents, an index) at a
 * time: a conversion cut short is started again from that map, and a map's old entries are dropped
 * in the same commit that puts the converted ones in their place.
 */
final class DocumentStore {

    /** The names of the maps holding a collection's documents, as the H2 backend names them. */
    static final String DOCUMENTS_PREFIX = "databases.";
    /** Between a collection's namespace and an index's name in the name of the index's map. */
    static final String INDEX_INFIX = "._index_";
    /** Where the store's format is noted: {@link #ALL_CONVERTED}, or the name of each map converted so far. */
    static final String FORMAT_MAP = "lyrox.documentFormat";
    static final String ALL_CONVERTED = "documents and indexes";
    private static final String BSON = "bson";
    private static final String CONVERTING_SUFFIX = ".converting";
    /** Entries converted between two commits, so that a large collection is not held in memory. */
    private static final int CONVERTED_PER_COMMIT = 10_000;

    private DocumentStore() {
    }

    /** Opens the file, converting it first if it still holds documents in Java serialisation. */
    static MVStore open(String file) {
        return open(file, LogFactory.getLog(DocumentStore.class));
    }

    /** As {@link #open(String)}, saying in {@code log} what a conversion did (the embedded stores start before logging does). */
    static MVStore open(String file, Log log) {
        convert(file, log);
        return new MVStore.Builder().fileName(file).open();
    }

    /** The map of a collection's documents by their key, opened with the BSON type. */
    static MVMap<Object, Document> documents(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    /** The map of a unique index, from a document's key values to the document's place. */
    static MVMap<KeyValue, Object> index(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(BsonKeyType.INSTANCE));
    }

    private static void convert(String file, Log log) {
        // Nothing is written but by the commits below, so that each commit leaves the file consistent.
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
        try {
            MVMap<String, String> format = store.openMap(FORMAT_MAP);
            if (!ALL_CONVERTED.equals(format.get(ALL_CONVERTED))) {
                long started = System.nanoTime();
                long converted = convertCollections(store, format);
                format.put(ALL_CONVERTED, ALL_CONVERTED);
                store.commit();
                if (converted > 0) {
                    log.info("Converted the in-process MongoDB store " + file + " to BSON: " + converted + " entries in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            }
            store.close();
        } catch (RuntimeException e) {
            // Closing normally would commit a half-done step.
            store.closeImmediately();
            throw e;
        }
    }

    /** Returns the entries converted. */
    private static long convertCollections(MVStore store, MVMap<String, String> format) {
        List<String> names = List.copyOf(store.getMapNames());
        names.stream().filter(name -> name.endsWith(CONVERTING_SUFFIX)).forEach(store::removeMap);
        long converted = 0;
        for (String name : names) {
            if (name.endsWith(CONVERTING_SUFFIX) || BSON.equals(format.get(name))) {
                continue;
            }
            if (name.startsWith(DOCUMENTS_PREFIX)) {
                converted += convertMap(store, format, name, documents(store, name + CONVERTING_SUFFIX));
            } else if (name.contains(INDEX_INFIX)) {
                converted += convertMap(store, format, name, index(store, name + CONVERTING_SUFFIX));
            }
        }
        return converted;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> int convertMap(MVStore store, MVMap<String, String> format, String name, MVMap<K, V> converted) {
        MVMap<Object, Object> serialised = store.openMap(name);
        int count = 0;
        for (var entry : serialised.entrySet()) {
            converted.put((K) entry.getKey(), (V) entry.getValue());
            if (++count % CONVERTED_PER_COMMIT == 0) {
                store.commit();
            }
        }
        store.removeMap(serialised);
        store.renameMap(converted, name);
        format.put(name, BSON);
        store.commit();
        return count;
    }
}
