package com.lyrox.agents.internal;

import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.ConversationState;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Companies;
import org.springframework.stereotype.Component;

/** The language to write to a customer unasked in: that of their recent messages, else the company's. */
@Component
class ConversationLanguage {

    private static final int HISTORY = 10;

    private final ConversationLog conversations;
    private final Companies companies;

    ConversationLanguage(ConversationLog conversations, Companies companies) {
        this.conversations = conversations;
        this.companies = companies;
    }

    String of(ConversationState state) {
        String fallback = companies.find(state.companyId()).map(CompanyProfile::language).orElse("es");
        return LanguageDetector.ofInbound(conversations.recent(state.conversationId(), Long.MAX_VALUE, HISTORY), fallback);
    }
}
