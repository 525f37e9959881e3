package com.lyrox.agents.internal;

import com.lyrox.agents.AgentSettings;
import com.lyrox.agents.ModelPrices;
import com.lyrox.agents.ReplyGenerated;
import com.lyrox.agents.internal.ChatModel.ChatMessage;
import com.lyrox.agents.internal.ChatModel.ModelReply;
import com.lyrox.agents.internal.ChatModel.ModelRequest;
import com.lyrox.agents.internal.ChatModel.ToolCall;
import com.lyrox.agents.internal.ChatModel.TurnContext;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageView;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.ReplyGenerator;
import com.lyrox.conversations.ReplyRequest;
import com.lyrox.products.ProductCatalog;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a customer's turn: builds the context (voice, catalog, customer, recent messages),
 * lets the model call tools until it has its answer, and records model, tokens, latency,
 * intent and cost. When the model fails the customer gets a short apology in their language
 * and a person takes over; never silence, never a stack trace.
 */
@Component
class SalesAgent implements ReplyGenerator {

    private static final Logger log = LoggerFactory.getLogger(SalesAgent.class);
    private static final int MAX_TOOL_ROUNDS = 4;
    private static final int HISTORY = 20;

    private final ChatModel model;
    private final AgentTools tools;
    private final Companies companies;
    private final ProductCatalog catalog;
    private final ConversationLog conversations;
    private final AgentLogs logs;
    private final AgentSettings settings;
    private final ApplicationEventPublisher events;

    SalesAgent(ChatModel model, AgentTools tools, Companies companies, ProductCatalog catalog,
               ConversationLog conversations, AgentLogs logs, AgentSettings settings, ApplicationEventPublisher events) {
        this.events = events;
        this.model = model;
        this.tools = tools;
        this.companies = companies;
        this.catalog = catalog;
        this.conversations = conversations;
        this.logs = logs;
        this.settings = settings;
    }

    @Override
    public List<OutboundMessage> reply(ReplyRequest request) {
        long started = System.nanoTime();
        String turnText = request.turn().stream().map(MessageView::text).collect(Collectors.joining("\n"));
        CompanyProfile company = companies.find(request.companyId()).orElseThrow();
        String language = LanguageDetector.detect(TextNormalizer.normalize(turnText), company.language());
        TurnContext context = new TurnContext(request.companyId(), request.conversationId(), request.customer().customerId(),
                company.name(), request.customer().name(), request.customer().stage(), language, catalog.active(), turnText);
        IntentClassifier.Reading reading = IntentClassifier.read(TextNormalizer.normalize(turnText));
        try {
            return List.of(answer(request, company, context, reading, started));
        } catch (RuntimeException e) {
            log.warn("The sales agent could not answer conversation {}; a person takes over", request.conversationId(), e);
            conversations.handOffToHuman(request.conversationId(), "The AI could not answer: " + e.getClass().getSimpleName());
            long millis = (System.nanoTime() - started) / 1_000_000;
            logs.record("reply_failed", request.customer().customerId(),
                    Map.of("model", model.name(), "error", String.valueOf(e.getMessage())), 0, millis, BigDecimal.ZERO);
            return List.of(new OutboundMessage(Replies.fallback(language), List.of(), List.of(),
                    Map.of("model", model.name(), "error", "fallback", "latencyMs", millis)));
        }
    }

    /**
     * A turn without a word of any language ("19:00 Lapangan 1", a button's title, "ok") is
     * answered in the language of the customer's earlier messages, not the company's.
     */
    private static TurnContext inTheirLanguage(TurnContext context, List<MessageView> history) {
        if (LanguageDetector.detect(TextNormalizer.normalize(context.turnText()), null) != null) {
            return context;
        }
        String language = LanguageDetector.ofInbound(history, context.language());
        return new TurnContext(context.companyId(), context.conversationId(), context.customerId(), context.companyName(),
                context.customerName(), context.stage(), language, context.catalog(), context.turnText());
    }

    private OutboundMessage answer(ReplyRequest request, CompanyProfile company, TurnContext context,
                                   IntentClassifier.Reading reading, long started) {
        long firstOfTurn = request.turn().isEmpty() ? Long.MAX_VALUE : request.turn().get(0).seq();
        List<MessageView> history = conversations.recent(request.conversationId(), firstOfTurn - 1, HISTORY);
        context = inTheirLanguage(context, history);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(PromptBuilder.system(company, context, request.summary())));
        for (MessageView earlier : history) {
            messages.add(earlier.direction() == Direction.INBOUND ? ChatMessage.user(earlier.text())
                    : ChatMessage.assistant(earlier.text(), List.of()));
        }
        messages.add(ChatMessage.user(context.turnText()));
        int tokensIn = 0;
        int tokensOut = 0;
        List<String> toolsUsed = new ArrayList<>();
        ModelReply reply = null;
        String modelName = company.aiModel() != null ? company.aiModel() : model.name();
        double temperature = company.aiTemperature() != null ? company.aiTemperature().doubleValue()
                : settings.openai().temperature();
        for (int round = 0; round <= MAX_TOOL_ROUNDS; round++) {
            reply = model.complete(new ModelRequest(List.copyOf(messages), AgentTools.SPECS, context, modelName, temperature));
            tokensIn += reply.tokensIn();
            tokensOut += reply.tokensOut();
            if (reply.toolCalls().isEmpty()) {
                break;
            }
            messages.add(ChatMessage.assistant(reply.text(), reply.toolCalls()));
            for (ToolCall call : reply.toolCalls()) {
                messages.add(ChatMessage.tool(call.id(), tools.run(call, context)));
                toolsUsed.add(call.name());
            }
        }
        if (reply == null || reply.text() == null || reply.text().isBlank()) {
            throw new IllegalStateException("The model gave no answer after " + MAX_TOOL_ROUNDS + " tool rounds");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        BigDecimal cost = ModelPrices.cost(reply.model(), tokensIn, tokensOut);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("model", reply.model());
        metadata.put("tokensIn", tokensIn);
        metadata.put("tokensOut", tokensOut);
        metadata.put("latencyMs", millis);
        metadata.put("intent", reading.intent().name());
        metadata.put("sentiment", reading.intent().sentiment());
        metadata.put("confidence", reading.confidence());
        metadata.put("costUsd", cost.toPlainString());
        metadata.put("tools", toolsUsed);
        logs.record("reply", request.customer().customerId(), Map.of("conversationId", request.conversationId().toString(),
                "intent", reading.intent().name(), "tools", toolsUsed, "model", reply.model()),
                tokensIn + tokensOut, millis, cost);
        events.publishEvent(new ReplyGenerated(request.companyId(), request.customer().customerId(), request.conversationId(),
                reading.intent()));
        List<String> buttons = reply.choices().size() >= 2 && reply.choices().size() <= 3 ? reply.choices() : List.of();
        return new OutboundMessage(reply.text(), buttons, List.of(), metadata);
    }
}
