package com.lyrox.conversations.internal;

import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.ReplyGenerator;
import com.lyrox.conversations.ReplyRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reply step until an AI agent is plugged in: thanks the customer by name in the
 * company's language and says the team will answer.
 */
@Component
class AcknowledgingReplyGenerator implements ReplyGenerator {

    @Override
    public List<OutboundMessage> reply(ReplyRequest request) {
        String name = request.customer().name() == null ? "" : " " + request.customer().name();
        String language = request.language() == null ? "es" : request.language();
        String text;
        if (language.startsWith("en")) {
            text = "Hi" + name + "! Thanks for your message. Our team will get back to you shortly.";
        } else if (language.startsWith("pt")) {
            text = "Olá" + name + "! Obrigado pela sua mensagem. Nossa equipe vai responder em breve.";
        } else {
            text = "¡Hola" + name + "! Gracias por tu mensaje. Nuestro equipo te responde en breve.";
        }
        return List.of(OutboundMessage.text(text));
    }
}
