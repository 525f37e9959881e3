package com.lyrox.agents.internal;

import com.lyrox.agents.Intent;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageRecorded;
import com.lyrox.conversations.MessageView;
import com.lyrox.products.ProductCatalog;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductView;
import com.lyrox.tenants.Companies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Every 10 messages, rewrites the conversation's rolling summary from what the customer asked
 * and what the agent did: key points, the recommended next action and the customer's mood, in
 * the company's language. The summary is context for the next turns and for the team.
 *
 * <p>It runs after the message path has moved on, on a thread of its own: the turn that
 * recorded the tenth message does not wait for it. The message events come from MongoDB writes,
 * with no transaction to keep a publication in, so a summary lost to a crash is written again
 * at the next tenth message (it reads the last 30).
 */
@Component
class ConversationSummarizer {

    static final int EVERY = 10;
    private static final int WINDOW = 30;

    private final ConversationLog conversations;
    private final ProductCatalog catalog;
    private final Companies companies;

    ConversationSummarizer(ConversationLog conversations, ProductCatalog catalog, Companies companies) {
        this.conversations = conversations;
        this.catalog = catalog;
        this.companies = companies;
    }

    @Async
    @EventListener(condition = "#recorded.message().seq() > 0 && #recorded.message().seq() % "
            + ConversationSummarizer.EVERY + " == 0")
    void on(MessageRecorded recorded) {
        TenantContext.runAs(recorded.companyId(), null,
                () -> conversations.state(recorded.conversationId()).ifPresent(this::summarize));
    }

    void summarize(ConversationState state) {
        String language = companies.find(state.companyId()).map(company -> company.language()).orElse("es");
        List<MessageView> messages = conversations.recent(state.conversationId(), state.messageCount(), WINDOW);
        List<ProductView> products = catalog.active();
        Set<String> points = new LinkedHashSet<>();
        Intent lastIntent = Intent.OTHER;
        String linkSentFor = null;
        for (MessageView message : messages) {
            String normalized = TextNormalizer.normalize(message.text());
            if (message.direction() == Direction.INBOUND) {
                Intent intent = IntentClassifier.read(normalized).intent();
                lastIntent = intent == Intent.OTHER ? lastIntent : intent;
                point(points, intent, language);
                ProductMatcher.match(normalized, products).ifPresent(product ->
                        points.add(say(language, "le interesa ", "interested in ", "interessado em ") + product.name()));
            } else if (message.metadata().getOrDefault("tools", List.of()).toString().contains(AgentTools.SEND_PAYMENT_LINK)) {
                linkSentFor = ProductMatcher.match(normalized, products).map(ProductView::name).orElse("");
                points.add(say(language, "enlace de pago enviado ", "payment link sent ", "link de pagamento enviado ") + linkSentFor);
            }
        }
        conversations.summarize(state.conversationId(), String.join("; ", new ArrayList<>(points)),
                nextAction(language, lastIntent, linkSentFor), lastIntent.sentiment());
    }

    private static void point(Set<String> points, Intent intent, String language) {
        switch (intent) {
            case PRICE_QUESTION -> points.add(say(language, "preguntó precios", "asked about prices", "perguntou preços"));
            case OBJECTION -> points.add(say(language, "duda por el precio", "hesitant about the price", "hesitante com o preço"));
            case COMPLAINT -> points.add(say(language, "presentó una queja", "complained", "fez uma reclamação"));
            case HUMAN_REQUEST -> points.add(say(language, "pidió hablar con una persona", "asked for a person", "pediu uma pessoa"));
            case BOOKING_INTENT -> points.add(say(language, "quiere agendar", "wants to book", "quer agendar"));
            default -> { }
        }
    }

    private static String nextAction(String language, Intent lastIntent, String linkSentFor) {
        if (lastIntent == Intent.COMPLAINT || lastIntent == Intent.HUMAN_REQUEST || lastIntent == Intent.BOOKING_INTENT) {
            return say(language, "Que una persona responda", "A person should answer", "Uma pessoa deve responder");
        }
        if (linkSentFor != null) {
            return say(language, "Dar seguimiento al pago de ", "Follow up on the payment of ", "Acompanhar o pagamento de ")
                    + linkSentFor;
        }
        if (lastIntent == Intent.PRICE_QUESTION || lastIntent == Intent.OBJECTION) {
            return say(language, "Ofrecer el producto que encaja y su enlace de pago",
                    "Offer the product that fits and its payment link", "Oferecer o produto certo e o link de pagamento");
        }
        return say(language, "Mantener la conversación", "Keep the conversation going", "Manter a conversa");
    }

    private static String say(String language, String es, String en, String pt) {
        if (language.startsWith("en")) {
            return en;
        }
        return language.startsWith("pt") ? pt : es;
    }
}
