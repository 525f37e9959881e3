package com.lyrox.whatsapp.internal;

import java.util.List;

/** The events one webhook reported for one WhatsApp number (phone_number_id). */
record WebhookChange(String phoneNumberId, List<WebhookEvent> events) {
}
