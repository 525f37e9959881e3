package com.lyrox.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
            return new H2Collection(this, collectionName, options,
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
}
