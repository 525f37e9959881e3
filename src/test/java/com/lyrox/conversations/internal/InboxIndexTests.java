package com.lyrox.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The inbox pages from its index exactly as the documents would answer, for every filter and company. */
@LyroxTest
class InboxIndexTests {

    @Autowired
    Api api;

    @Autowired
    MongoConversationLog log;

    @Autowired
    ConversationService inbox;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    InboxIndex index;

    @Test
    void everyFilterAndPageAnswersAsTheDocumentsDo() {
        UUID company = api.signUp().companyId();
        List<UUID> conversations = TenantContext.callAs(company, null, () -> {
            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                written.add(write(company, "+3461000" + (1000 + i), "m" + i));
            }
            for (int i = 0; i < written.size(); i++) {
                UUID id = written.get(i);
                switch (i % 4) {
                    case 1 -> log.changeStatus(id, ConversationStatus.HUMAN_HANDLING, "taken");
                    case 2 -> log.changeStatus(id, ConversationStatus.CLOSED, "closed");
                    default -> { }
                }
                if (i % 3 == 0) {
                    log.update(id, Updates.set("unreadCount", 0L));
                }
                if (i % 5 == 0) {
                    log.update(id, Updates.set("stage", "QUALIFIED"));
                }
                if (i % 7 == 0) {
                    log.recordOutbound(id, Author.AI, OutboundMessage.text("reply"), "wamid.out." + UUID.randomUUID(),
                            DeliveryStatus.SENT, null, null);
                }
            }
            return written;
        });

        TenantContext.runAs(company, null, () -> {
            assertThat(redis.opsForZSet().zCard("inbox:" + company + ":all")).isEqualTo(conversations.size());
            for (ConversationStatus status : Stream.concat(Stream.of((ConversationStatus) null),
                    Arrays.stream(ConversationStatus.values())).toList()) {
                for (String stage : Arrays.asList(null, "LEAD", "QUALIFIED")) {
                    for (Boolean unread : Arrays.asList(null, true, false)) {
                        for (int page = 0; page < 4; page++) {
                            assertSamePage(status, stage, unread, page, 7);
                        }
                    }
                }
            }
        });
    }

    @Test
    void aNewCompanyStartsWithItsInboxAndCountersCompleteSoItsFirstReadBuildsNothing() {
        UUID company = api.signUp().companyId();

        assertThat(redis.hasKey("inbox:" + company + ":built")).isTrue();
        assertThat(redis.hasKey(ActivityCounters.marker(company))).isTrue();
        // Its first message is filed and counted live, before anything has read its inbox or overview.
        TenantContext.runAs(company, null, () -> write(company, "+34630001000", "hola"));
        assertThat(redis.opsForZSet().zCard("inbox:" + company + ":all")).isEqualTo(1);
        assertThat(redis.opsForHash().values(ActivityCounters.key(company, ActivityCounters.day(Instant.now()))))
                .contains("1");
    }

    @Test
    void aCompanyWithoutItsIndexIsFiledFromTheDocumentsOnItsFirstRead() {
        UUID company = api.signUp().companyId();
        TenantContext.runAs(company, null, () -> {
            for (int i = 0; i < 12; i++) {
                write(company, "+3462000" + (1000 + i), "m" + i);
            }
        });
        redis.delete(redis.keys("inbox:" + company + ":*"));

        TenantContext.runAs(company, null, () -> {
            PageResponse<ConversationView> page = inbox.list(null, null, null, null, 0, 5);
            assertThat(redis.hasKey("inbox:" + company + ":built")).isTrue();
            assertThat(redis.opsForZSet().zCard("inbox:" + company + ":all")).isEqualTo(12);
            assertThat(page.total()).isEqualTo(12);
            assertSamePage(null, null, null, 0, 5);
            assertSamePage(null, null, null, 2, 5);
        });
    }

    @Test
    void aRebuildRacingNewMessagesLeavesEveryConversationWhereItsDocumentSays() throws Exception {
        UUID company = api.signUp().companyId();
        List<UUID> conversations = TenantContext.callAs(company, null, () -> {
            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                written.add(write(company, "+3463000" + (1000 + i), "m" + i));
            }
            return written;
        });
        redis.delete(redis.keys("inbox:" + company + ":*"));

        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int first = thread;
            work.add(threads.submit(() -> TenantContext.runAs(company, null, () -> {
                for (int i = first; i < conversations.size(); i += 4) {
                    write(company, "+3463000" + (1000 + i), "again " + i);
                    if (i % 3 == 0) {
                        log.changeStatus(conversations.get(i), ConversationStatus.HUMAN_HANDLING, "taken");
                    }
                }
            })));
        }
        for (int reader = 0; reader < 2; reader++) {
            work.add(threads.submit(() -> TenantContext.runAs(company, null, () -> {
                for (int i = 0; i < 10; i++) {
                    inbox.list(null, null, null, null, 0, 20);
                }
            })));
        }
        for (Future<?> each : work) {
            each.get(120, TimeUnit.SECONDS);
        }
        threads.shutdown();

        TenantContext.runAs(company, null, () -> {
            assertSamePage(null, null, null, 0, 60);
            assertSamePage(ConversationStatus.HUMAN_HANDLING, null, null, 0, 60);
            assertSamePage(ConversationStatus.AI_ACTIVE, null, null, 0, 60);
        });
    }

    @Test
    void aFilingThatReachesRedisAfterANewerOneChangesNothing() {
        UUID company = api.signUp().companyId();
        TenantContext.runAs(company, null, () -> {
            UUID conversation = write(company, "+34650002000", "hola");
            var before = log.find(conversation);
            log.changeStatus(conversation, ConversationStatus.HUMAN_HANDLING, "taken");
            index.file(company, before);

            assertThat(inbox.list(ConversationStatus.HUMAN_HANDLING, null, null, null, 0, 10).items())
                    .extracting(ConversationView::id).containsExactly(conversation);
            assertThat(inbox.list(ConversationStatus.AI_ACTIVE, null, null, null, 0, 10).items()).isEmpty();
        });
    }

    @Test
    void anotherCompanysConversationsNeverShow() {
        UUID mine = api.signUp().companyId();
        UUID theirs = api.signUp().companyId();
        TenantContext.runAs(mine, null, () -> write(mine, "+34640001000", "mine"));
        UUID other = TenantContext.callAs(theirs, null, () -> write(theirs, "+34640001001", "theirs"));

        TenantContext.runAs(mine, null, () -> {
            PageResponse<ConversationView> page = inbox.list(null, null, null, null, 0, 20);
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.items()).extracting(ConversationView::id).doesNotContain(other);
        });
        // Even an id filed under the wrong company by hand is not shown.
        redis.opsForZSet().add("inbox:" + mine + ":all", other.toString(), -Instant.now().toEpochMilli());
        TenantContext.runAs(mine, null, () -> assertThat(inbox.list(null, null, null, null, 0, 20).items())
                .extracting(ConversationView::id).doesNotContain(other));
    }

    private void assertSamePage(ConversationStatus status, String stage, Boolean unread, int page, int size) {
        PageResponse<ConversationView> indexed = inbox.list(status, stage, unread, null, page, size);
        PageResponse<ConversationView> queried = inbox.query(status, stage, unread, null, page, size);
        String filter = status + "/" + stage + "/" + unread + " page " + page;
        assertThat(indexed.total()).as(filter).isEqualTo(queried.total());
        assertThat(indexed.items()).as(filter).extracting(ConversationView::id)
                .containsExactlyElementsOf(queried.items().stream().map(ConversationView::id).toList());
    }

    private UUID write(UUID company, String phone, String text) {
        CustomerRef customer = new CustomerRef(UUID.nameUUIDFromBytes(phone.getBytes()), phone, "Ana", "LEAD", List.of());
        InboundMessage message = new InboundMessage(company, UUID.nameUUIDFromBytes(company.toString().getBytes()),
                "wamid." + UUID.randomUUID(), phone.substring(1), null, "Ana", Instant.now(), "text", text, Map.of());
        return log.recordInbound(customer, message).conversationId();
    }
}
