package com.lyrox.customers.internal;

import com.lyrox.platform.ApiProblem;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** The orders the customer list offers, by their {@code sort} parameter; each ends on the id, so pages never overlap. */
final class CustomerOrders {

    private static final Sort BY_ID = Sort.by("id");
    private static final Map<String, Sort> ORDERS = Map.of(
            "createdAt,desc", Sort.by(Sort.Order.desc("createdAt")).and(BY_ID),
            "score,desc", Sort.by(Sort.Order.desc("score").nullsLast()).and(BY_ID),
            "score,asc", Sort.by(Sort.Order.asc("score").nullsLast()).and(BY_ID),
            "lastInteraction,desc", Sort.by(Sort.Order.desc("lastInteraction").nullsLast()).and(BY_ID),
            "name,asc", Sort.by(Sort.Order.asc("name").nullsLast()).and(BY_ID));

    private CustomerOrders() {
    }

    static Sort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return ORDERS.get("createdAt,desc");
        }
        Sort order = ORDERS.get(sort.replace(" ", ""));
        if (order == null) {
            throw ApiProblem.invalid("sort", "must be one of createdAt,desc, score,desc, score,asc, lastInteraction,desc, name,asc");
        }
        return order;
    }
}
