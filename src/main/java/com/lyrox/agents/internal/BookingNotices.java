package com.lyrox.agents.internal;

import com.lyrox.bookings.BookingDesk;
import com.lyrox.bookings.BookingPaid;
import com.lyrox.bookings.BookingPaymentUnmatched;
import com.lyrox.bookings.BookingReminderDue;
import com.lyrox.bookings.BookingSettings;
import com.lyrox.bookings.WaitlistSlotOffered;
import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationMessenger;
import com.lyrox.conversations.ConversationState;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.SendResult;
import com.lyrox.platform.TenantContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the agent tells a customer about their bookings without being asked, in the language they
 * write in: a payment received, a slot they waited for held for them, a reminder before a booking
 * (by template when the 24 h window is closed); and a payment for a slot no longer held, which a
 * person settles. Customers who never wrote have no conversation and are not written to.
 */
@Component
class BookingNotices {

    private static final Logger log = LoggerFactory.getLogger(BookingNotices.class);

    private final BookingDesk bookings;
    private final ConversationMessenger messenger;
    private final ConversationLog conversations;
    private final ConversationLanguage languages;
    private final BookingSettings settings;
    private final ObjectMapper json;

    BookingNotices(BookingDesk bookings, ConversationMessenger messenger, ConversationLog conversations,
                   ConversationLanguage languages, BookingSettings settings, ObjectMapper json) {
        this.bookings = bookings;
        this.messenger = messenger;
        this.conversations = conversations;
        this.languages = languages;
        this.settings = settings;
        this.json = json;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingPaid paid) {
        TenantContext.runAs(paid.companyId(), null, () -> conversationWith(paid.customerId()).ifPresent(state -> {
            JsonNode booking = described(bookings.booking(paid.bookingId()));
            messenger.send(state, Author.AI, OutboundMessage.text(BookingReplies.paid(language(state), booking)));
        }));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WaitlistSlotOffered offered) {
        TenantContext.runAs(offered.companyId(), null, () -> conversationWith(offered.customerId()).ifPresent(state -> {
            BookingDesk.ChatBooking held = bookings.booking(offered.bookingId());
            String language = language(state);
            ZonedDateTime until = offered.claimBy().atZone(zoneOf(held));
            String text = BookingReplies.slotFreed(language, described(held),
                    until.toLocalDate() + " " + until.toLocalTime().withSecond(0).withNano(0));
            SendResult result = messenger.send(state, Author.AI, held.awaitingPayment() ? OutboundMessage.text(text)
                    : new OutboundMessage(text, BookingReplies.heldChoices(language), List.of(), Map.of()));
            if (result != null && result.windowClosed()) {
                messenger.sendTemplate(state.conversationId(), Author.AI, settings.reminderTemplate(), templateLanguage(language));
            }
        }));
    }

    /** On the reminder job's thread: the reminder was claimed for this instance, and is sent once. */
    @EventListener
    void on(BookingReminderDue due) {
        conversationWith(due.customerId()).ifPresentOrElse(state -> {
            BookingDesk.ChatBooking booking = bookings.booking(due.bookingId());
            String language = language(state);
            boolean today = LocalDate.now(zoneOf(booking)).toString().equals(booking.localDay());
            SendResult result = messenger.send(state, Author.AI,
                    OutboundMessage.text(BookingReplies.reminder(language, described(booking), today)));
            if (result != null && result.windowClosed()) {
                messenger.sendTemplate(state.conversationId(), Author.AI, settings.reminderTemplate(), templateLanguage(language));
            }
        }, () -> log.info("Booking {} has no conversation to be reminded in", due.bookingId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingPaymentUnmatched unmatched) {
        TenantContext.runAs(unmatched.companyId(), null, () -> conversationWith(unmatched.customerId()).ifPresent(state ->
                conversations.handOffToHuman(state.conversationId(),
                        "Paid for a booking that no longer holds its slot: rebook or refund sale " + unmatched.saleId())));
    }

    private Optional<ConversationState> conversationWith(UUID customerId) {
        return messenger.conversationWith(customerId);
    }

    private String language(ConversationState state) {
        return languages.of(state);
    }

    /** WhatsApp template languages are codes such as es, en, pt_BR, id. */
    private static String templateLanguage(String language) {
        return language.startsWith("pt") ? "pt_BR" : language.length() > 2 ? language.substring(0, 2) : language;
    }

    private JsonNode described(BookingDesk.ChatBooking booking) {
        return json.valueToTree(AgentTools.describe(booking));
    }

    private static ZoneId zoneOf(BookingDesk.ChatBooking booking) {
        return ZoneId.of(booking.zone());
    }
}
