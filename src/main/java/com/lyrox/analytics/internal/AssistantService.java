package com.lyrox.analytics.internal;

import com.lyrox.analytics.AnalyticsSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Plan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's assistant, offline: reads the question (kind, language, period), answers it from
 * read-only figures of the company, and keeps both messages with what the answer cost (nothing:
 * no model) and how long it took. Each plan answers so many questions a month.
 */
@Service
class AssistantService {

    static final String MODEL = "offline";

    /** A question and its answer. */
    record Exchange(AssistantMessages.View question, AssistantMessages.View answer) {
    }

    private final AssistantAnswers answers;
    private final AssistantMessages messages;
    private final Companies companies;
    private final AnalyticsSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    AssistantService(AssistantAnswers answers, AssistantMessages messages, Companies companies, AnalyticsSettings settings,
                     TransactionTemplate tx, Clock clock) {
        this.answers = answers;
        this.messages = messages;
        this.companies = companies;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    Exchange ask(String text) {
        CompanyProfile company = companies.find(TenantContext.requireCompanyId()).orElseThrow(() -> ApiProblem.notFound("Company"));
        Instant now = clock.instant();
        Plan plan = company.planAt(now);
        int allowed = settings.assistantQuestions(plan);
        Instant monthStart = YearMonth.now(clock.withZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (allowed >= 0 && messages.questionsSince(monthStart) >= allowed) {
            throw ApiProblem.forbidden("The " + plan + " plan's assistant answers " + allowed
                    + " questions a month, all asked this month; change the plan to ask more");
        }
        long started = System.nanoTime();
        AssistantQuestion question = AssistantQuestion.read(text, company.language(), LocalDate.now(clock.withZone(zone(company))));
        AssistantAnswer answer = answers.answer(question);
        int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("kind", question.kind().name());
        asked.put("language", question.language());
        asked.put("from", question.from().toString());
        asked.put("to", question.to().toString());
        Map<String, Object> answered = new LinkedHashMap<>(asked);
        answered.put("model", MODEL);
        answered.put("figures", answer.figures());
        answered.put("links", answer.links());
        var user = AuthenticatedCaller.current().userId();
        return tx.execute(status -> new Exchange(
                messages.add(user, "user", text.trim(), 0, BigDecimal.ZERO, 0, asked, now),
                messages.add(user, "assistant", answer.content(), 0, BigDecimal.ZERO, latency, answered, now.plusMillis(1))));
    }

    private static ZoneId zone(CompanyProfile company) {
        try {
            return company.timezone() == null ? ZoneOffset.UTC : ZoneId.of(company.timezone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
