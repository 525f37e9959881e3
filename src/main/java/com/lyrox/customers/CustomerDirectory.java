package com.lyrox.customers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the message path asks of customers, always within the current company. */
public interface CustomerDirectory {

    /**
     * The customer who just wrote, created on first contact: by phone (E.164) when WhatsApp
     * gives one, else by Meta's business-scoped user id. Counts the interaction and takes the
     * profile name when the customer has none yet.
     */
    CustomerContact recordContact(String phone, String whatsappUserId, String profileName, Instant at);

    /**
     * The customer with this phone (E.164), created as a LEAD when new, without counting an
     * interaction (a booking made for them by staff, say). Takes the name when they have none yet.
     */
    CustomerContact findOrCreate(String phone, String name);

    /** The customer with this id in the current company. */
    Optional<CustomerContact> find(UUID customerId);

    /** The customers with these ids in the current company, in no particular order. */
    List<CustomerContact> findAll(Collection<UUID> customerIds);

    /** STOP: no more messages until the customer writes START. */
    void optOut(UUID customerId);

    /** START: messages may reach the customer again. */
    void optIn(UUID customerId);

    /** Moves the customer forward to {@code stage}; never back (a CUSTOMER stays one). */
    void advanceTo(UUID customerId, Stage stage);

    /** Adds tags (normalised, no duplicates). */
    void addTags(UUID customerId, List<String> tags);
}
