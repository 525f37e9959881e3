package com.lyrox.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the message path asks of customers, always within the current company. */
public interface CustomerDirectory {

    /**
     * The customer who just wrote, created on first contact: by phone (E.164) when WhatsApp
     * gives one, else by Meta's business-scoped user id. Counts the interaction and takes the
     * profile name when the customer has none yet.
     */
    CustomerContact recordContact(String phone, String whatsappUserId, String profileName, Instant at);

    /** STOP: no more messages until the customer writes START. */
    void optOut(UUID customerId);

    /** START: messages may reach the customer again. */
    void optIn(UUID customerId);

    /** Moves the customer forward to {@code stage}; never back (a CUSTOMER stays one). */
    void advanceTo(UUID customerId, Stage stage);

    /** Adds tags (normalised, no duplicates). */
    void addTags(UUID customerId, List<String> tags);
}
