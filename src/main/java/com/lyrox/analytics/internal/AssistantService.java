package com.lyrox.analytics.internal;

import com.lyrox.agents.ModelPrices;
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
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's assistant: with a language model (the sales agent's OpenAI-compatible server) the
 * model words the answer from the figures it asks for; without one, or when it fails, the offline
 * assistant reads the question (kind, language, period) and answers from the same figures. Both
 * messages are kept with the answer's tokens, cost and time. Each plan answers so many questions
 * a month.
 */
@Service
class AssistantService {

    static final String MODEL = "offline";
    private static final String KIND = "kind";
    private static final Logger log = LoggerFactory.getLogger(AssistantService.class);

    /** A question and its answer. */
    record Exchange(AssistantMessages.View question, AssistantMessages.View answer) {
    }

    private final AssistantAnswers answers;
    private final AssistantModel model;
    private final AssistantMessages messages;
    private final Companies companies;
    private final AnalyticsSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    AssistantService(AssistantAnswers answers, AssistantModel model, AssistantMessages messages, Companies companies,
                     AnalyticsSettings settings, TransactionTemplate tx, Clock clock) {
        this.answers = answers;
        this.model = model;
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
        LocalDate today = LocalDate.now(clock.withZone(company.zone()));
        AssistantQuestion question = AssistantQuestion.read(text, company.language(), today);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("kind", question.kind().name());
        asked.put("language", question.language());
        asked.put("from", question.from().toString());
        asked.put("to", question.to().toString());
        Map<String, Object> answered = new LinkedHashMap<>(asked);
        String content;
        int tokens = 0;
        BigDecimal cost = BigDecimal.ZERO;
        Optional<AssistantModel.Reply> reply = model.online() ? fromTheModel(text, company, question, today) : Optional.empty();
        if (reply.isPresent()) {
            AssistantModel.Reply words = reply.get();
            content = words.text();
            tokens = words.tokensIn() + words.tokensOut();
            cost = ModelPrices.cost(words.model(), words.tokensIn(), words.tokensOut());
            answered.put("model", words.model());
            answered.put("kinds", words.figures().stream().map(figure -> figure.figures().get(KIND)).toList());
            answered.put("figures", words.figures().stream().map(AssistantAnswer::figures).toList());
            answered.put("links", words.figures().stream().flatMap(figure -> figure.links().stream()).distinct().toList());
        } else {
            AssistantAnswer answer = answers.answer(question);
            content = answer.content();
            answered.put("model", MODEL);
            answered.put("figures", answer.figures());
            answered.put("links", answer.links());
            if (model.online()) {
                answered.put("fallback", true);
            }
        }
        int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        var user = AuthenticatedCaller.current().userId();
        int spent = tokens;
        BigDecimal paid = cost;
        return tx.execute(status -> new Exchange(
                messages.add(user, "user", text.trim(), 0, BigDecimal.ZERO, 0, asked, now),
                messages.add(user, "assistant", content, spent, paid, latency, answered, now.plusMillis(1))));
    }

    /**
     * The model's answer with the company's figures as its only tool; empty (the offline answer
     * follows) when the model fails or answers nothing: the owner always gets an answer.
     */
    private Optional<AssistantModel.Reply> fromTheModel(String text, CompanyProfile company, AssistantQuestion read, LocalDate today) {
        try {
            return model.answer(text, company.name(), today.toString(), (kind, period) -> {
                AssistantAnswer answer = answers.answer(AssistantQuestion.of(kind, read.language(), period, today));
                Map<String, Object> figures = new LinkedHashMap<>(answer.figures());
                figures.put(KIND, kind.name());
                return new AssistantAnswer(answer.content(), figures, answer.links());
            });
        } catch (RuntimeException e) {
            log.warn("The assistant's model failed, answered offline: {}", e.toString());
            return Optional.empty();
        }
    }

}
