package com.lyrox.analytics.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An owner's question as the offline assistant reads it: what it asks about, in which language
 * (es, en, pt) and for which days, from the words people use for it.
 */
record AssistantQuestion(Kind kind, String language, LocalDate from, LocalDate to, PeriodName period) {

    /** What can be asked; each kind is answered by read-only figures of the company. */
    enum Kind {
        NEW_LEADS, WHO_TO_CALL, BEST_PRODUCTS, REVENUE, AVERAGE_SALE, WAITING, AI_PERFORMANCE, HANDOFFS, PAYMENT_LINKS,
        UNPAID, FUNNEL, CUSTOMERS, CONVERSATIONS, AI_USAGE, LEAD_MODEL, HELP
    }

    /** The period a question names, or the default one (the last 30 days). */
    enum PeriodName { TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_30_DAYS }

    /** In order: the first kind whose words the question has wins, so the narrower kinds come first. */
    private static final List<Map.Entry<Kind, Pattern>> KINDS = List.of(
            Map.entry(Kind.HELP, words("ayuda|help|ajuda|que puedes|what can you|o que voce (pode|sabe)|que sabes")),
            Map.entry(Kind.LEAD_MODEL, words("modelo de (puntaje|puntuacion|pontuacao|scoring)|lead model|scoring model|"
                    + "(puntaje|score|pontuacao)s? (es|son|e|sao) (bueno|buenos|confiable|bom|bons|good|reliable)|auc")),
            Map.entry(Kind.AI_USAGE, words("cupo|allowance|quota|cota|limite de (la )?ia|ai limit|interacciones de (la )?ia|"
                    + "ai interactions|interacoes de ia|saldo|balance")),
            Map.entry(Kind.WAITING, words("esperan?(do)? (a )?(una|uma) persona|esperando (uma )?pessoa|waiting for (a )?(person|human)|"
                    + "wait(ing)? for (a )?(person|human|someone)|aguardando|necesitan (a )?(una )?persona|need a (person|human)|"
                    + "sin responder|sin atender|unanswered|sem resposta|esperando respuesta|esperan respuesta")),
            Map.entry(Kind.WHO_TO_CALL, words("llam(ar|o|e)|call|ligar|contactar|hablar con|talk to|follow up|seguimiento|"
                    + "mejores (prospectos|leads|clientes potenciales)|best leads|hot leads|hottest|melhores (leads|contatos)|"
                    + "a quien escribo|who should i (write|message|contact)|com quem devo falar")),
            Map.entry(Kind.UNPAID, words("sin pagar|no (han )?pagad|unpaid|not paid|haven'?t paid|nao pagaram|nao pago|"
                    + "pagos pendientes|pending payments|pagamentos pendentes")),
            Map.entry(Kind.PAYMENT_LINKS, words("links? de pago|payment links?|links? de pagamento|enlaces de pago")),
            Map.entry(Kind.AVERAGE_SALE, words("ticket (promedio|medio)|venta promedio|average (sale|order|ticket)|valor medio|"
                    + "promedio por venta")),
            Map.entry(Kind.BEST_PRODUCTS, words("mas vendid|vendio mas|vendio mejor|vendi mas|best.?sell|sold (the )?(best|most)|"
                    + "top products?|mejor(es)? productos?|mais vend(id|eu)|vendeu mais|produtos? mais|que (se )?vend")),
            Map.entry(Kind.REVENUE, words("ingresos|facturacion|facture|revenue|income|how much did (i|we) (sell|make|earn)|"
                    + "faturamento|faturei|receita|quanto vendi|cuanto vendi|cuanto gane|ventas (de|del|esta|este)|"
                    + "sales (this|last|today)|vendas (de|da|desta|deste)|how much money")),
            Map.entry(Kind.HANDOFFS, words("traspas|handoffs?|handed (over|off|to)|derivad|pas(ad[ao]s?|aron) a (una )?persona|"
                    + "transferid|passa(d[ao]s?|ram) para (uma )?pessoa")),
            Map.entry(Kind.AI_PERFORMANCE, words("como (le )?(va|esta|funciona) (la )?ia|how (is|'s) the ai|ai doing|ai performance|"
                    + "desempeno de la ia|rendimiento de la ia|como (vai|esta) (indo )?a ia|a ia esta|el bot|the bot|o robo")),
            Map.entry(Kind.FUNNEL, words("embudo|funnel|funil|conversion|conversao|tasa de|taxa de")),
            Map.entry(Kind.NEW_LEADS, words("nuev[oa]s? (prospectos|leads|clientes|contactos)|new (leads|customers|contacts|prospects)|"
                    + "nov[oa]s (leads|clientes|contatos)|(prospectos|leads|contatos|contactos) nuevos|"
                    + "cuantos (prospectos|leads)|how many (leads|prospects)|quantos (leads|contatos)|primer(a)? vez")),
            Map.entry(Kind.CONVERSATIONS, words("cuantas conversaciones|how many conversations|quantas conversas|conversaciones|"
                    + "conversations|conversas")),
            Map.entry(Kind.CUSTOMERS, words("cuantos clientes|how many customers|quantos clientes|clientes tengo|customers do i have")));

    private static final Pattern SPANISH = words("cuant[oa]s?|que|quien|esta|este|semana|mes|ventas|prospectos|clientes|"
            + "llamar|hoy|ayer|pasad[oa]|cual|como|la ia|persona|tengo|vendi|mejor");
    private static final Pattern PORTUGUESE = words("quant[oa]s?|voce|vendeu|semana passada|mes passado|hoje|ontem|"
            + "essa|desta|deste|conversas|pessoa|aguardando|devo|ligar|melhores|faturamento|nao|sao|uma|nov[oa]s?|qual|"
            + "estao|foram|obrigad[oa]");
    private static final Pattern ENGLISH = words("how|what|who|which|this|last|week|month|today|yesterday|sold|leads|customers|"
            + "should|the ai|waiting|many|much|best");

    /** A question of a kind and period already known (the model chose them), in a language. */
    static AssistantQuestion of(Kind kind, String language, PeriodName period, LocalDate today) {
        LocalDate[] days = days(period, today);
        return new AssistantQuestion(kind, language, days[0], days[1], period);
    }

    static AssistantQuestion read(String text, String fallbackLanguage, LocalDate today) {
        String normalized = normalize(text);
        Kind kind = KINDS.stream().filter(entry -> entry.getValue().matcher(normalized).find()).map(Map.Entry::getKey)
                .findFirst().orElse(Kind.HELP);
        PeriodName period = period(normalized);
        LocalDate[] days = days(period, today);
        return new AssistantQuestion(kind, language(normalized, fallbackLanguage), days[0], days[1], period);
    }

    static String normalize(String text) {
        String stripped = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").trim();
    }

    private static String language(String normalized, String fallback) {
        long es = SPANISH.matcher(normalized).results().count();
        long pt = PORTUGUESE.matcher(normalized).results().count();
        long en = ENGLISH.matcher(normalized).results().count();
        // Portuguese's own words (quanto, você, hoje...) settle a tie with the words both languages share.
        if (pt > 0 && pt >= es && pt >= en) {
            return "pt";
        }
        if (en > es && en > pt) {
            return "en";
        }
        if (es > 0) {
            return "es";
        }
        return fallback == null || !List.of("es", "en", "pt").contains(fallback) ? "es" : fallback;
    }

    private static PeriodName period(String normalized) {
        if (normalized.matches(".*\\b(hoy|today|hoje)\\b.*")) {
            return PeriodName.TODAY;
        }
        if (normalized.matches(".*\\b(ayer|yesterday|ontem)\\b.*")) {
            return PeriodName.YESTERDAY;
        }
        if (normalized.matches(".*\\b(semana pasada|last week|semana passada|la semana anterior)\\b.*")) {
            return PeriodName.LAST_WEEK;
        }
        if (normalized.matches(".*\\b(esta semana|this week|essa semana|nesta semana|desta semana|la semana)\\b.*")) {
            return PeriodName.THIS_WEEK;
        }
        if (normalized.matches(".*\\b(mes pasado|last month|mes passado|el mes anterior|o mes anterior)\\b.*")) {
            return PeriodName.LAST_MONTH;
        }
        if (normalized.matches(".*\\b(este mes|this month|neste mes|deste mes|esse mes|el mes)\\b.*")) {
            return PeriodName.THIS_MONTH;
        }
        if (normalized.matches(".*\\b(este ano|this year|neste ano|deste ano)\\b.*")) {
            return PeriodName.THIS_YEAR;
        }
        return PeriodName.LAST_30_DAYS;
    }

    private static LocalDate[] days(PeriodName period, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (period) {
            case TODAY -> new LocalDate[] {today, today};
            case YESTERDAY -> new LocalDate[] {today.minusDays(1), today.minusDays(1)};
            case THIS_WEEK -> new LocalDate[] {monday, today};
            case LAST_WEEK -> new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)};
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today};
            case LAST_MONTH -> new LocalDate[] {today.minusMonths(1).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1)};
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today};
            case LAST_30_DAYS -> new LocalDate[] {today.minusDays(29), today};
        };
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")");
    }
}
