package com.lyrox.customers.internal;

import com.lyrox.sales.SaleCompleted;
import com.lyrox.sales.SaleRefunded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps lifetime value and stage in step with payments. Runs inside the sale's transaction,
 * so a sale's status and its customer's value always change together.
 */
@Component
class CustomerValueListener {

    private final CustomerRepository customers;
    private final CustomerChanges changes;

    CustomerValueListener(CustomerRepository customers, CustomerChanges changes) {
        this.customers = customers;
        this.changes = changes;
    }

    @EventListener
    void on(SaleCompleted event) {
        customers.lockById(event.customerId()).ifPresent(customer -> customer.purchased(event.amount()));
        changes.announce(event.customerId());
    }

    @EventListener
    void on(SaleRefunded event) {
        customers.lockById(event.customerId()).ifPresent(customer -> customer.refunded(event.amount()));
    }
}
