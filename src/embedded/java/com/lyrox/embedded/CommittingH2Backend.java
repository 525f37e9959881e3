package com.lyrox.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file store of the MongoDB wire server, writing every change to its file before the
 * write is answered. H2 on its own commits in the background about once a second, so a killed
 * JVM would lose the last second of writes that the application had been told were done (a
 * message recorded, its job then removed from the queue as finished).
 *
 * <p>Commits are grouped: a write that finds a commit under way waits for it and then needs its
 * own only if that commit started before the write was done; writes finished while one commit
 * runs share the next.
 *
 * <p>Documents and the keys of unique indexes are stored as BSON ({@link DocumentStore}).
 *
 * <p>A stored document is never changed in place ({@link CopyingCollection}): a commit may be writing
 * it at that moment, on another thread.
 */
class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final AtomicLong writesDone = new AtomicLong();
    private final Object commitLock = new Object();
    private long writesCommitted;

    CommittingH2Backend(String file) {
        this(DocumentStore.open(file));
    }

    /** On a store already open and in the BSON format. */
    CommittingH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commitThrough(writesDone.incrementAndGet());
        }
        return answer;
    }

    /** Returns once a commit that started after write number {@code write} was done has ended. */
    private void commitThrough(long write) {
        synchronized (commitLock) {
            if (writesCommitted >= write) {
                return;
            }
            long covered = writesDone.get();
            commit();
            writesCommitted = covered;
        }
    }

    /**
     * A database whose collections keep their documents and index keys as BSON. An inner class: the H2 backend opens
     * the databases already in the file while it is being constructed, and the store is reached
     * through the backend.
     */
    private final class BsonDatabase extends H2Database {

        BsonDatabase(String databaseName) {
            super(databaseName, CommittingH2Backend.this.getMvStore(), CommittingH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new CopyingCollection(this, collectionName, options,
                    DocumentStore.documents(getMvStore(), DocumentStore.DOCUMENTS_PREFIX + namespace),
                    getMvStore().openMap("meta." + namespace), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String mapName = getFullCollectionNamespace(collectionName) + DocumentStore.INDEX_INFIX + indexName;
            return new BsonUniqueIndex(DocumentStore.index(getMvStore(), mapName), indexName, keys, sparse);
        }
    }

    /**
     * A collection that hands out copies of its stored documents. The server applies an update to the
     * document a query found, in place, and then stores it again; on the stored object itself that
     * would change a document which a commit may be writing to the file at that moment (a field added
     * or removed under the writer's iteration closes the whole store), and leave earlier versions of
     * the page holding the new state. On a copy, the update makes a new object and the map a new version.
     */
    private static final class CopyingCollection extends H2Collection {

        CopyingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
            super(database, collectionName, options, dataMap, metaMap, cursors);
        }

        /** The documents found through an index, read by their place. */
        @Override
        protected Document getDocument(Object position) {
            Document stored = super.getDocument(position);
            return stored == null ? null : stored.cloneDeeply();
        }

        /** The documents found by a scan: the matches are copied (a projection already made new ones). */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                             int batchSize, Document fieldSelector) {
            QueryResult found = super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
            if (fieldSelector != null && !fieldSelector.isEmpty()) {
                return found;
            }
            List<Document> copies = new ArrayList<>();
            found.forEach(document -> copies.add(document.cloneDeeply()));
            return new QueryResult(copies, found.getCursorId());
        }
    }
}
