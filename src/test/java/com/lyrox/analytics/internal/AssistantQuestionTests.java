package com.lyrox.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.analytics.internal.AssistantQuestion.Kind;
import com.lyrox.analytics.internal.AssistantQuestion.PeriodName;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline assistant reads each kind of question, its language and its period, the way owners write them. */
class AssistantQuestionTests {

    static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ¿cuántos prospectos nuevos esta semana?              | NEW_LEADS      | es | THIS_WEEK
            How many new leads this month?                        | NEW_LEADS      | en | THIS_MONTH
            quantos leads novos hoje?                             | NEW_LEADS      | pt | TODAY
            ¿a quién llamo hoy?                                   | WHO_TO_CALL    | es | TODAY
            who should I call today?                              | WHO_TO_CALL    | en | TODAY
            com quem devo falar hoje?                             | WHO_TO_CALL    | pt | TODAY
            what sold best last month?                            | BEST_PRODUCTS  | en | LAST_MONTH
            ¿qué se vendió más el mes pasado?                     | BEST_PRODUCTS  | es | LAST_MONTH
            o que mais vendeu no mês passado?                     | BEST_PRODUCTS  | pt | LAST_MONTH
            ¿cuánto vendí este mes?                               | REVENUE        | es | THIS_MONTH
            how much did we sell yesterday?                       | REVENUE        | en | YESTERDAY
            qual foi o faturamento desta semana?                  | REVENUE        | pt | THIS_WEEK
            ¿cuál es el ticket promedio?                          | AVERAGE_SALE   | es | LAST_30_DAYS
            ¿qué conversaciones esperan a una persona?            | WAITING        | es | LAST_30_DAYS
            which conversations are waiting for a person?         | WAITING        | en | LAST_30_DAYS
            quais conversas estão esperando uma pessoa?           | WAITING        | pt | LAST_30_DAYS
            how is the AI doing?                                  | AI_PERFORMANCE | en | LAST_30_DAYS
            ¿cómo va la IA esta semana?                           | AI_PERFORMANCE | es | THIS_WEEK
            como vai a IA hoje?                                   | AI_PERFORMANCE | pt | TODAY
            ¿cuántas conversaciones pasaron a una persona?        | HANDOFFS       | es | LAST_30_DAYS
            how many payment links were paid last week?           | PAYMENT_LINKS  | en | LAST_WEEK
            ¿cuántos links siguen sin pagar?                      | UNPAID         | es | LAST_30_DAYS
            what is my conversion rate this year?                 | FUNNEL         | en | THIS_YEAR
            ¿cuántos clientes tengo?                              | CUSTOMERS      | es | LAST_30_DAYS
            how many conversations this week?                     | CONVERSATIONS  | en | THIS_WEEK
            how much of the AI allowance is left?                 | AI_USAGE       | en | LAST_30_DAYS
            ¿el modelo de puntaje es bueno?                       | LEAD_MODEL     | es | LAST_30_DAYS
            ayuda                                                 | HELP           | es | LAST_30_DAYS
            ¿cómo está el clima?                                  | HELP           | es | LAST_30_DAYS
            """)
    void readsTheKindTheLanguageAndThePeriod(String text, Kind kind, String language, PeriodName period) {
        AssistantQuestion question = AssistantQuestion.read(text, "es", SUNDAY);
        assertThat(question.kind()).as(text).isEqualTo(kind);
        assertThat(question.language()).as(text).isEqualTo(language);
        assertThat(question.period()).as(text).isEqualTo(period);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            THIS_WEEK  | 2026-11-30 | 2026-12-06
            LAST_WEEK  | 2026-11-23 | 2026-11-29
            LAST_MONTH | 2026-11-01 | 2026-11-30
            YESTERDAY  | 2026-12-05 | 2026-12-05
            """)
    void namedPeriodsAreTheirDaysInTheCompanysCalendar(PeriodName period, LocalDate from, LocalDate to) {
        String text = switch (period) {
            case THIS_WEEK -> "sales this week";
            case LAST_WEEK -> "sales last week";
            case LAST_MONTH -> "sales last month";
            default -> "sales yesterday";
        };
        AssistantQuestion question = AssistantQuestion.read(text, "en", SUNDAY);
        assertThat(question.from()).isEqualTo(from);
        assertThat(question.to()).isEqualTo(to);
    }
}
