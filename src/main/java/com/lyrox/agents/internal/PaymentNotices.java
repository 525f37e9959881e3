package com.lyrox.agents.internal;

import com.lyrox.bookings.BookingDesk;
import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationMessenger;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.payments.PaymentReceived;
import com.lyrox.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A payment a provider confirmed is told to the customer in their conversation, in the language
 * they write in, so that they and the team see it there. A payment for a booking is told with the
 * booking's confirmation instead; customers who never wrote are not written to.
 */
@Component
class PaymentNotices {

    private final BookingDesk bookings;
    private final ConversationMessenger messenger;
    private final ConversationLanguage languages;

    PaymentNotices(BookingDesk bookings, ConversationMessenger messenger, ConversationLanguage languages) {
        this.bookings = bookings;
        this.messenger = messenger;
        this.languages = languages;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentReceived paid) {
        TenantContext.runAs(paid.companyId(), null, () -> {
            if (bookings.paysForABooking(paid.saleId())) {
                return;
            }
            messenger.conversationWith(paid.customerId()).ifPresent(state -> messenger.send(state, Author.AI,
                    OutboundMessage.text(received(languages.of(state), Replies.money(paid.amount(), paid.currency())))));
        });
    }

    static String received(String language, String amount) {
        return BookingReplies.pick(language,
                "¡Pago recibido! Registramos tu pago de " + amount + ". ¡Gracias por tu compra!",
                "Payment received! We have your payment of " + amount + ". Thank you for your purchase!",
                "Pagamento recebido! Registramos seu pagamento de " + amount + ". Obrigado pela compra!",
                "Pembayaran diterima! Pembayaran kamu sebesar " + amount + " sudah kami terima. Terima kasih!");
    }
}
