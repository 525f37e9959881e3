package com.lyrox.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.LyroxTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history's blocks: each place is read once, whoever wrote it, and only by its own company. */
@LyroxTest
class MessageBlocksTests {

    @Autowired
    MessageBlocks blocks;

    @Test
    void aJobThatRanTwiceLeavesEachMessageOnceInTheHistory() {
        UUID company = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        blocks.push(company, conversation, 1, message(1, "hola"));
        blocks.push(company, conversation, 2, message(2, "precio?"));
        blocks.pushIfAbsent(company, conversation, 2, message(2, "precio?"));
        blocks.push(company, conversation, 2, message(2, "precio? (a racing copy)"));
        blocks.pushIfAbsent(company, conversation, 3, message(3, "gracias"));

        assertThat(blocks.between(company, conversation, 0, 10)).extracting(document -> document.getString("text"))
                .containsExactly("hola", "precio?", "gracias");
        assertThat(blocks.between(company, conversation, 1, 2)).extracting(document -> document.getLong("seq"))
                .containsExactly(2L);
    }

    @Test
    void spansBlocksAndHidesAnotherCompanysBlocks() {
        UUID company = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        for (long seq = 1; seq <= Collections.BLOCK_SIZE + 2; seq++) {
            blocks.push(company, conversation, seq, message(seq, "m" + seq));
        }
        assertThat(blocks.between(company, conversation, Collections.BLOCK_SIZE - 1, Collections.BLOCK_SIZE + 1))
                .extracting(document -> document.getLong("seq"))
                .containsExactly((long) Collections.BLOCK_SIZE, Collections.BLOCK_SIZE + 1L);
        assertThat(blocks.between(UUID.randomUUID(), conversation, 0, Collections.BLOCK_SIZE + 2)).isEmpty();
    }

    @Test
    void messagesPushedAtTheSameTimeAreAllKept() throws Exception {
        UUID company = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(25);
        List<Future<?>> pushes = new ArrayList<>();
        for (long seq = 1; seq <= Collections.BLOCK_SIZE * 2; seq++) {
            long place = seq;
            pushes.add(threads.submit(() -> blocks.push(company, conversation, place, message(place, "m" + place))));
        }
        for (Future<?> push : pushes) {
            push.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(blocks.between(company, conversation, 0, Collections.BLOCK_SIZE * 2)).hasSize(Collections.BLOCK_SIZE * 2);
    }

    private static Document message(long seq, String text) {
        return new Document("seq", seq).append("id", "wamid.B" + seq).append("direction", "INBOUND").append("text", text);
    }
}
