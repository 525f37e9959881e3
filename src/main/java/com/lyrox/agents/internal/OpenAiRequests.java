package com.lyrox.agents.internal;

import com.lyrox.agents.internal.ChatModel.ChatMessage;
import com.lyrox.agents.internal.ChatModel.ModelRequest;
import com.lyrox.agents.internal.ChatModel.ToolCall;
import com.lyrox.agents.internal.ChatModel.ToolSpec;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionSystemMessageParam;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.chat.completions.ChatCompletionUserMessageParam;

/** The agent's messages and tools in the SDK's chat completions request. */
final class OpenAiRequests {

    private OpenAiRequests() {
    }

    static ChatCompletionCreateParams params(ModelRequest request, int maxTokens) {
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
                .model(request.model())
                .temperature(request.temperature())
                // max_tokens, not max_completion_tokens: Ollama, vLLM and older Azure API versions know only this one
                .maxTokens(maxTokens);
        request.messages().forEach(message -> params.addMessage(message(message)));
        request.tools().forEach(tool -> params.addTool(tool(tool)));
        return params.build();
    }

    private static ChatCompletionMessageParam message(ChatMessage message) {
        String content = message.content() == null ? "" : message.content();
        return switch (message.role()) {
            case "system" -> ChatCompletionMessageParam.ofSystem(
                    ChatCompletionSystemMessageParam.builder().content(content).build());
            case "user" -> ChatCompletionMessageParam.ofUser(ChatCompletionUserMessageParam.builder().content(content).build());
            case "assistant" -> ChatCompletionMessageParam.ofAssistant(assistant(message));
            case "tool" -> ChatCompletionMessageParam.ofTool(ChatCompletionToolMessageParam.builder()
                    .toolCallId(message.toolCallId()).content(content).build());
            default -> throw new IllegalArgumentException("No chat role " + message.role());
        };
    }

    /** Servers reject an assistant message with neither content nor tool calls, and an empty tool call list. */
    private static ChatCompletionAssistantMessageParam assistant(ChatMessage message) {
        ChatCompletionAssistantMessageParam.Builder assistant = ChatCompletionAssistantMessageParam.builder();
        if (message.content() != null || message.toolCalls().isEmpty()) {
            assistant.content(message.content() == null ? "" : message.content());
        }
        message.toolCalls().forEach(call -> assistant.addToolCall(toolCall(call)));
        return assistant.build();
    }

    private static ChatCompletionMessageFunctionToolCall toolCall(ToolCall call) {
        return ChatCompletionMessageFunctionToolCall.builder().id(call.id())
                .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                        .name(call.name()).arguments(call.arguments() == null ? "{}" : call.arguments()).build())
                .build();
    }

    private static ChatCompletionFunctionTool tool(ToolSpec tool) {
        FunctionParameters.Builder parameters = FunctionParameters.builder();
        tool.parameters().forEach((name, value) -> parameters.putAdditionalProperty(name, JsonValue.from(value)));
        return ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder()
                .name(tool.name()).description(tool.description()).parameters(parameters.build()).build()).build();
    }
}
