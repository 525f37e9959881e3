package com.lyrox.conversations.internal;

import com.lyrox.tenants.CompanyRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new company's inbox index and activity counters start complete: it has no history to file or
 * count, so its first inbox and overview read nothing but its own keys instead of rebuilding from
 * every company's conversations. If Redis is not there at that moment, the first read rebuilds them
 * as it would for any company without its markers; the registration goes on either way.
 */
@Component
class NewCompanyViews {

    private static final Logger log = LoggerFactory.getLogger(NewCompanyViews.class);

    private final InboxIndex inbox;
    private final ActivityCounters activity;

    NewCompanyViews(InboxIndex inbox, ActivityCounters activity) {
        this.inbox = inbox;
        this.activity = activity;
    }

    @TransactionalEventListener
    void startComplete(CompanyRegistered registered) {
        try {
            inbox.markComplete(registered.companyId());
            activity.markComplete(registered.companyId());
        } catch (DataAccessException e) {
            log.warn("Company {}: its inbox and overview will be built on their first read ({})", registered.companyId(),
                    e.getMessage());
        }
    }
}
