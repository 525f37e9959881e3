package com.lyrox.sales.internal;

import com.lyrox.sales.SalesFigures;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Paid sales of a period, from PostgreSQL. */
@Component
class SaleFigureQueries implements SalesFigures {

    private final SaleRepository sales;

    SaleFigureQueries(SaleRepository sales) {
        this.sales = sales;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompletedSale> completedBetween(Instant from, Instant to) {
        return sales.completedBetween(from, to);
    }
}
