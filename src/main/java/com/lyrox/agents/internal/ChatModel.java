package com.lyrox.agents.internal;

import com.lyrox.products.ProductView;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A language model as the sales agent uses it: messages and tools in, text or tool calls out.
 * Implemented by the OpenAI-compatible client and by the offline sales model.
 */
interface ChatModel {

    ModelReply complete(ModelRequest request);

    /** The name of the model answering when a company chooses none. */
    String name();

    /**
     * What the model is asked: the conversation so far, the tools it may call, the turn's facts,
     * and the model and temperature the company answers with (a model that has only one ignores them).
     */
    record ModelRequest(List<ChatMessage> messages, List<ToolSpec> tools, TurnContext context, String model,
                        double temperature) {
    }

    /** One message of the exchange with the model. */
    record ChatMessage(String role, String content, List<ToolCall> toolCalls, String toolCallId) {

        static ChatMessage system(String content) {
            return new ChatMessage("system", content, List.of(), null);
        }

        static ChatMessage user(String content) {
            return new ChatMessage("user", content, List.of(), null);
        }

        static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
            return new ChatMessage("assistant", content, toolCalls, null);
        }

        static ChatMessage tool(String toolCallId, String content) {
            return new ChatMessage("tool", content, List.of(), toolCallId);
        }
    }

    /** A tool the model wants run, with its arguments as JSON. */
    record ToolCall(String id, String name, String arguments) {
    }

    /** A tool the model may call: name, what it does, JSON schema of its arguments. */
    record ToolSpec(String name, String description, Map<String, Object> parameters) {
    }

    /**
     * The model's answer: final text (with 2–3 choices to offer as buttons) or tool calls, the
     * tokens it took, and the name of the model that gave it, as logged and priced.
     */
    record ModelReply(String text, List<ToolCall> toolCalls, List<String> choices, int tokensIn, int tokensOut,
                      String model) {
    }

    /** The facts of the turn, for tools and for a model that reads them directly. */
    record TurnContext(UUID companyId, UUID conversationId, UUID customerId, String companyName, String customerName,
                       String stage, String language, List<ProductView> catalog, String turnText) {
    }
}
