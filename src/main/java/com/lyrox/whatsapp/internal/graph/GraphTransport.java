package com.lyrox.whatsapp.internal.graph;

import com.lyrox.conversations.MessageTransport;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.SendResult;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends through a channel's Graph API: long text split on sentences, error 190 flags the
 * channel as disconnected. What a send means for the conversation is the conversations module's.
 */
@Component
class GraphTransport implements MessageTransport {

    private final Channels channels;
    private final GraphClient graph;

    GraphTransport(Channels channels, GraphClient graph) {
        this.channels = channels;
        this.graph = graph;
    }

    @Override
    public List<Delivery> send(UUID channelId, String to, OutboundMessage message) {
        ChannelCredentials channel = channel(channelId);
        List<String> parts = TextSplitter.split(message.text(), GraphMessages.MAX_TEXT);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean lastPart = i == parts.size() - 1;
            OutboundMessage part = lastPart ? message.withText(parts.get(i)) : OutboundMessage.text(parts.get(i));
            Map<String, Object> body = "text".equals(part.type()) ? GraphMessages.text(to, part.text())
                    : GraphMessages.interactive(to, part.text(), part);
            SendResult result = deliver(channel, body);
            deliveries.add(new Delivery(part, result));
            if (!result.sent()) {
                break;
            }
        }
        return deliveries;
    }

    @Override
    public SendResult sendTemplate(UUID channelId, String to, String name, String language) {
        return deliver(channel(channelId), GraphMessages.template(to, name, language, List.of()));
    }

    @Override
    public void markRead(UUID channelId, String messageId) {
        channels.credentials(channelId).ifPresent(channel -> graph.sendOnce(channel, GraphMessages.markRead(messageId)));
    }

    private ChannelCredentials channel(UUID channelId) {
        return channels.credentials(channelId)
                .orElseThrow(() -> new IllegalStateException("The conversation's channel no longer exists"));
    }

    private SendResult deliver(ChannelCredentials channel, Map<String, Object> body) {
        GraphClient.Result result = graph.send(channel, body);
        if (result.ok()) {
            return SendResult.accepted(result.messageId());
        }
        if (result.errorCode() != null && result.errorCode() == GraphErrors.TOKEN_EXPIRED) {
            channels.markDisconnected(channel.channelId(), result.errorMessage());
        }
        return SendResult.failed(result.errorCode(), result.errorMessage());
    }
}
