package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerFigures;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** First contacts of a period, from PostgreSQL. */
@Component
class CustomerFigureQueries implements CustomerFigures {

    private final CustomerRepository customers;

    CustomerFigureQueries(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instant> firstContactsBetween(Instant from, Instant to) {
        return customers.firstContactsBetween(from, to);
    }
}
