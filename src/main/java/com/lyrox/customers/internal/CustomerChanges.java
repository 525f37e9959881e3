package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerChanged;
import com.lyrox.platform.TenantContext;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a customer's current name, stage and tags after a change, from inside the changing
 * transaction, so the event publication registry keeps the announcement with the change.
 */
@Component
class CustomerChanges {

    private final CustomerRepository customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerChanges(CustomerRepository customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    void announce(UUID customerId) {
        customers.findById(customerId).map(Customer::toView).ifPresent(customer -> events.publishEvent(
                new CustomerChanged(TenantContext.requireCompanyId(), customer.id(), customer.name(), customer.stage(),
                        customer.tags(), clock.instant())));
    }
}
