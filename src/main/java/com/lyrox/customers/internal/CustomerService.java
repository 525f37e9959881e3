package com.lyrox.customers.internal;

import com.lyrox.customers.Stage;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.SearchText;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers of the current company. */
@Service
class CustomerService {

    private final CustomerRepository customers;
    private final CustomerChanges changes;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerChanges changes, Clock clock) {
        this.customers = customers;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<CustomerViews.Customer> list(Stage stage, String tag, String search, Integer minScore, Integer maxScore,
                                              Pageable pageable) {
        String normalizedTag = tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(Locale.ROOT);
        return PageResponse.of(customers.search(stage, normalizedTag, SearchText.likePattern(search), minScore, maxScore,
                pageable), Customer::toView);
    }

    @Transactional(readOnly = true)
    CustomerViews.Customer get(UUID id) {
        return customer(id).toView();
    }

    @Transactional
    CustomerViews.Customer create(CustomerViews.Write write) {
        return save(new Customer(write, clock.instant()));
    }

    @Transactional
    CustomerViews.Customer update(UUID id, CustomerViews.Write write) {
        Customer customer = customer(id);
        customer.apply(write);
        return save(customer);
    }

    @Transactional
    CustomerViews.Customer changeStage(UUID id, Stage stage) {
        Customer customer = customer(id);
        customer.moveTo(stage);
        return save(customer);
    }

    @Transactional
    void delete(UUID id) {
        customers.delete(customer(id));
    }

    private CustomerViews.Customer save(Customer customer) {
        try {
            CustomerViews.Customer saved = customers.saveAndFlush(customer).toView();
            changes.announce(saved.id());
            return saved;
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.conflict("phone", "Another customer already has this phone number");
        }
    }

    private Customer customer(UUID id) {
        return customers.findById(id).orElseThrow(() -> ApiProblem.notFound("Customer"));
    }
}
