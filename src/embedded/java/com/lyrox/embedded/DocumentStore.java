package com.lyrox.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file of the in-process MongoDB server, its documents kept as BSON ({@link BsonDocumentType}).
 * A file written before, with documents in Java serialisation, is converted when it is opened, one
 * collection at a time: a conversion cut short is started again from that collection, and a
 * collection's old documents are dropped in the same commit that puts the converted ones in their place.
 */
final class DocumentStore {

    /** The names of the maps holding a collection's documents, as the H2 backend names them. */
    static final String DOCUMENTS_PREFIX = "databases.";
    /** Where the store's format is noted: {@link #ALL_CONVERTED}, or the name of each map converted so far. */
    static final String FORMAT_MAP = "lyrox.documentFormat";
    static final String ALL_CONVERTED = "*";
    private static final String BSON = "bson";
    private static final String CONVERTING_SUFFIX = ".converting";
    /** Documents converted between two commits, so that a large collection is not held in memory. */
    private static final int CONVERTED_PER_COMMIT = 10_000;

    private DocumentStore() {
    }

    /** Opens the file, converting it first if it still holds documents in Java serialisation. */
    static MVStore open(String file) {
        convert(file);
        return new MVStore.Builder().fileName(file).open();
    }

    /** The map of a collection's documents by their key, opened with the BSON type. */
    static MVMap<Object, Document> documents(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    private static void convert(String file) {
        // Nothing is written but by the commits below, so that each commit leaves the file consistent.
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
        try {
            MVMap<String, String> format = store.openMap(FORMAT_MAP);
            if (!ALL_CONVERTED.equals(format.get(ALL_CONVERTED))) {
                convertCollections(store, format);
                format.put(ALL_CONVERTED, ALL_CONVERTED);
                store.commit();
            }
            store.close();
        } catch (RuntimeException e) {
            // Closing normally would commit a half-done step.
            store.closeImmediately();
            throw e;
        }
    }

    private static void convertCollections(MVStore store, MVMap<String, String> format) {
        List<String> names = List.copyOf(store.getMapNames());
        names.stream().filter(name -> name.endsWith(CONVERTING_SUFFIX)).forEach(store::removeMap);
        for (String name : names) {
            if (name.startsWith(DOCUMENTS_PREFIX) && !name.endsWith(CONVERTING_SUFFIX) && !BSON.equals(format.get(name))) {
                convertCollection(store, format, name);
            }
        }
    }

    private static void convertCollection(MVStore store, MVMap<String, String> format, String name) {
        MVMap<Object, Object> serialised = store.openMap(name);
        MVMap<Object, Document> converted = documents(store, name + CONVERTING_SUFFIX);
        int count = 0;
        for (var entry : serialised.entrySet()) {
            converted.put(entry.getKey(), (Document) entry.getValue());
            if (++count % CONVERTED_PER_COMMIT == 0) {
                store.commit();
            }
        }
        store.removeMap(serialised);
        store.renameMap(converted, name);
        format.put(name, BSON);
        store.commit();
    }
}
