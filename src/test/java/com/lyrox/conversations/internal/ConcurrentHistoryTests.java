package com.lyrox.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer writing while the replies go out: every message recorded takes a place of its own in the history. */
@LyroxTest
class ConcurrentHistoryTests {

    @Autowired
    Api api;

    @Autowired
    ConversationLog log;

    @Autowired
    MessageBlocks blocks;

    @Test
    void inboundAndOutboundRecordedAtOnceAllReachTheHistory() throws Exception {
        var owner = api.signUp();
        CustomerRef customer = new CustomerRef(UUID.randomUUID(), "+34600000077", "Ana", "LEAD", List.of());
        UUID channel = UUID.randomUUID();
        UUID conversation = TenantContext.callAs(owner.companyId(), null, () -> log.recordInbound(customer,
                inbound(owner.companyId(), channel, "wamid.C0")).conversationId());
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            int n = i;
            writes.add(threads.submit(() -> TenantContext.runAs(owner.companyId(), null, () -> {
                if (n % 2 == 0) {
                    log.recordInbound(customer, inbound(owner.companyId(), channel, "wamid.C" + n));
                } else {
                    log.recordOutbound(conversation, Author.AI, OutboundMessage.text("reply " + n), "wamid.OUTC" + n,
                            DeliveryStatus.SENT, null, null);
                }
            })));
        }
        for (Future<?> write : writes) {
            write.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        TenantContext.runAs(owner.companyId(), null, () -> {
            long count = log.state(conversation).orElseThrow().messageCount();
            assertThat(count).isEqualTo(61);
            assertThat(blocks.between(owner.companyId(), conversation, 0, count)).extracting(m -> m.getLong("seq"))
                    .hasSize(61).doesNotHaveDuplicates();
        });
    }

    private static InboundMessage inbound(UUID company, UUID channel, String id) {
        return new InboundMessage(company, channel, id, "34600000077", null, "Ana", Instant.now(), "text", "hola " + id,
                Map.of());
    }
}
