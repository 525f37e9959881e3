package com.lyrox.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The documents of the in-process MongoDB server as H2 stores them: BSON, the bytes they came in
 * on the wire. H2's default writes them with Java serialisation, which cost a fifth of the CPU
 * of the message path: every commit writes again each document of each page it touches.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** A buffer per thread that encodes, kept between documents; H2 copies the bytes out at once. */
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    /** A buffer that grew past this for a large document is not kept. */
    private static final int KEPT_CAPACITY = 1 << 20;

    /** Bytes a document takes in H2's cache; its decoded objects take several times its BSON. */
    private static final int MEMORY_PER_BSON_BYTE = 4;
    private volatile int averageSize = 1024;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return averageSize * MEMORY_PER_BSON_BYTE;
    }

    @Override
    public void write(WriteBuffer target, Document document) {
        ByteBuf bson = ENCODING.get();
        bson.clear();
        BsonEncoder.encodeDocument(document, bson);
        int size = bson.readableBytes();
        target.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        averageSize = (averageSize * 15 + size) / 16;
        if (bson.capacity() > KEPT_CAPACITY) {
            ENCODING.remove();
        }
    }

    @Override
    public Document read(ByteBuffer source) {
        int start = source.position();
        // A BSON document starts with its own length, little-endian.
        int size = (source.get(start) & 0xff) | (source.get(start + 1) & 0xff) << 8
                | (source.get(start + 2) & 0xff) << 16 | (source.get(start + 3) & 0xff) << 24;
        byte[] bytes = new byte[size];
        source.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
