package com.lyrox.analytics.internal;

import java.time.LocalDate;
import java.util.List;

/** The assistant's sentences in Spanish, English or Portuguese, each naming its numbers. */
final class AssistantWords {

    private final String language;

    AssistantWords(String language) {
        this.language = language;
    }

    private String say(String es, String en, String pt) {
        return switch (language) {
            case "en" -> en;
            case "pt" -> pt;
            default -> es;
        };
    }

    String period(AssistantQuestion.PeriodName period, LocalDate from, LocalDate to) {
        return switch (period) {
            case TODAY -> say("hoy", "today", "hoje");
            case YESTERDAY -> say("ayer", "yesterday", "ontem");
            case THIS_WEEK -> say("esta semana", "this week", "esta semana");
            case LAST_WEEK -> say("la semana pasada", "last week", "na semana passada");
            case THIS_MONTH -> say("este mes", "this month", "este mês");
            case LAST_MONTH -> say("el mes pasado", "last month", "no mês passado");
            case THIS_YEAR -> say("este año", "this year", "este ano");
            case LAST_30_DAYS -> say("en los últimos 30 días", "in the last 30 days", "nos últimos 30 dias");
        } + " (" + from + (from.equals(to) ? "" : " – " + to) + ")";
    }

    String newLeads(long count, String when) {
        return count == 1
                ? say("1 prospecto nuevo escribió por primera vez " + when + ".", "1 new lead wrote for the first time " + when + ".",
                        "1 novo lead escreveu pela primeira vez " + when + ".")
                : say(count + " prospectos nuevos escribieron por primera vez " + when + ".",
                        count + " new leads wrote for the first time " + when + ".",
                        count + " novos leads escreveram pela primeira vez " + when + ".");
    }

    String funnel(AnalyticsViews.Funnel funnel, String when) {
        var steps = funnel.steps();
        return say("De los " + funnel.contacted() + " clientes que escribieron " + when + ", " + steps.get(1).count()
                        + " llegaron a calificados (" + pct(steps.get(1).rate()) + ") y " + steps.get(2).count() + " compraron ("
                        + pct(steps.get(2).rate()) + ").",
                "Of the " + funnel.contacted() + " customers who wrote " + when + ", " + steps.get(1).count() + " became qualified ("
                        + pct(steps.get(1).rate()) + ") and " + steps.get(2).count() + " bought (" + pct(steps.get(2).rate()) + ").",
                "Dos " + funnel.contacted() + " clientes que escreveram " + when + ", " + steps.get(1).count()
                        + " ficaram qualificados (" + pct(steps.get(1).rate()) + ") e " + steps.get(2).count() + " compraram ("
                        + pct(steps.get(2).rate()) + ").");
    }

    String customers(long customers, long contacted) {
        return say("Tienes " + customers + " clientes que compraron, de " + contacted + " personas que te escribieron.",
                "You have " + customers + " customers who bought, of " + contacted + " people who wrote to you.",
                "Você tem " + customers + " clientes que compraram, de " + contacted + " pessoas que escreveram.");
    }

    String lead(String name, int score, String reason) {
        return name + " (" + score + (reason == null ? "" : ", " + reason) + ")";
    }

    String whoToCall(List<String> leads) {
        if (leads.isEmpty()) {
            return say("Aún no hay prospectos con puntaje: los puntajes llegan con las conversaciones.",
                    "No lead has a score yet: scores come with the conversations.",
                    "Ainda não há leads com pontuação: as pontuações chegam com as conversas.");
        }
        return say("Llama primero a: ", "Call these first: ", "Ligue primeiro para: ") + AssistantAnswers.joined(leads) + ".";
    }

    String waiting(long total, List<String> names) {
        if (total == 0) {
            return say("Ninguna conversación espera a una persona.", "No conversation is waiting for a person.",
                    "Nenhuma conversa está esperando uma pessoa.");
        }
        String count = total == 1
                ? say("1 conversación espera a una persona: ", "1 conversation is waiting for a person: ", "1 conversa está esperando uma pessoa: ")
                : say(total + " conversaciones esperan a una persona: ", total + " conversations are waiting for a person: ",
                        total + " conversas estão esperando uma pessoa: ");
        return count + String.join(", ", names) + (total > names.size() ? "…" : ".");
    }

    String product(String name, long sales, String amount) {
        return (name == null ? "?" : name) + ": " + sales(sales) + ", " + amount;
    }

    private String sales(long sales) {
        return sales + (sales == 1 ? say(" venta", " sale", " venda") : say(" ventas", " sales", " vendas"));
    }

    String bestProducts(List<String> products, String when) {
        if (products.isEmpty()) {
            return say("No hubo ventas pagadas " + when + ".", "There were no paid sales " + when + ".",
                    "Não houve vendas pagas " + when + ".");
        }
        return say("Lo más vendido " + when + ": ", "What sold best " + when + ": ", "O que mais vendeu " + when + ": ")
                + AssistantAnswers.joined(products) + ".";
    }

    String revenueLine(String amount, long sales) {
        return amount + " (" + sales(sales) + ")";
    }

    String averageLine(String average, long sales) {
        return average + say(" por venta, en ", " a sale, over ", " por venda, em ") + sales(sales);
    }

    String revenue(List<String> totals, String when) {
        if (totals.isEmpty()) {
            return say("No hubo ventas pagadas " + when + ".", "There were no paid sales " + when + ".",
                    "Não houve vendas pagas " + when + ".");
        }
        return say("Vendiste " + when + ": ", "You sold " + when + ": ", "Você vendeu " + when + ": ")
                + AssistantAnswers.joined(totals) + ".";
    }

    String average(List<String> totals, String when) {
        if (totals.isEmpty()) {
            return revenue(totals, when);
        }
        return say("Venta promedio " + when + ": ", "Average sale " + when + ": ", "Venda média " + when + ": ")
                + AssistantAnswers.joined(totals) + ".";
    }

    String paymentLinks(long sent, long paid, String rate, String when) {
        return say("Se enviaron " + sent + " links de pago " + when + " y se pagaron " + paid + " (" + rate + ").",
                sent + " payment links were sent " + when + " and " + paid + " were paid (" + rate + ").",
                "Foram enviados " + sent + " links de pagamento " + when + " e " + paid + " foram pagos (" + rate + ").");
    }

    String unpaid(long pending, long sent, String when) {
        return say(pending + " de los " + sent + " links de pago enviados " + when + " siguen sin pagar.",
                pending + " of the " + sent + " payment links sent " + when + " are still unpaid.",
                pending + " dos " + sent + " links de pagamento enviados " + when + " ainda não foram pagos.");
    }

    String aiPerformance(long aiReplies, String aiShare, long handoffs, String handoffRate, String when) {
        return say("La IA respondió " + aiReplies + " mensajes " + when + " (" + aiShare + " de las respuestas) y pasó " + handoffs
                        + " conversaciones a una persona (" + handoffRate + " de las iniciadas).",
                "The AI answered " + aiReplies + " messages " + when + " (" + aiShare + " of the replies) and handed " + handoffs
                        + " conversations to a person (" + handoffRate + " of those started).",
                "A IA respondeu " + aiReplies + " mensagens " + when + " (" + aiShare + " das respostas) e passou " + handoffs
                        + " conversas para uma pessoa (" + handoffRate + " das iniciadas).");
    }

    String handoffs(long handoffs, long started, String rate, String when) {
        return say(handoffs + " conversaciones pasaron a una persona " + when + ", de " + started + " iniciadas (" + rate + ").",
                handoffs + " conversations were handed to a person " + when + ", of " + started + " started (" + rate + ").",
                handoffs + " conversas passaram para uma pessoa " + when + ", de " + started + " iniciadas (" + rate + ").");
    }

    String conversations(long started, long messages, String when) {
        return say(started + " conversaciones nuevas " + when + ", con " + messages + " mensajes en total.",
                started + " new conversations " + when + ", with " + messages + " messages in all.",
                started + " conversas novas " + when + ", com " + messages + " mensagens no total.");
    }

    String aiUsage(long used, long limit, String plan) {
        String allowance = limit < 0 ? say("sin límite", "unlimited", "sem limite") : String.valueOf(limit);
        return say("Este mes la IA usó " + used + " interacciones de " + allowance + " del plan " + plan + ".",
                "This month the AI used " + used + " interactions of " + allowance + " on the " + plan + " plan.",
                "Este mês a IA usou " + used + " interações de " + allowance + " do plano " + plan + ".");
    }

    String leadModel(int conversions, int customers, Double auc) {
        String quality = auc == null ? say("aún sin medir", "not measured yet", "ainda sem medir")
                : "AUC " + String.format(java.util.Locale.ROOT, "%.2f", auc);
        return say("El puntaje aprendió de tus ventas: " + conversions + " compradores entre " + customers + " clientes; " + quality + ".",
                "Scores are learned from your sales: " + conversions + " buyers among " + customers + " customers; " + quality + ".",
                "A pontuação aprendeu das suas vendas: " + conversions + " compradores entre " + customers + " clientes; " + quality + ".");
    }

    String leadModelPrior() {
        return say("El puntaje todavía usa puntos fijos: aprende de tus ventas cuando haya suficientes compradores.",
                "Scores still use fixed points: they learn from your sales once there are enough buyers.",
                "A pontuação ainda usa pontos fixos: aprende das suas vendas quando houver compradores suficientes.");
    }

    String help() {
        return say("Puedo responder, por ejemplo: ¿cuántos prospectos nuevos esta semana?, ¿a quién llamo hoy?, ¿qué se vendió más "
                        + "el mes pasado?, ¿cuánto vendí este mes?, ¿qué conversaciones esperan a una persona?, ¿cómo va la IA?, "
                        + "¿cuántos links de pago se pagaron?, ¿cuál es mi tasa de conversión?, ¿cuánto cupo de IA queda?",
                "I can answer, for example: how many new leads this week?, who should I call today?, what sold best last month?, "
                        + "how much did I sell this month?, which conversations are waiting for a person?, how is the AI doing?, "
                        + "how many payment links were paid?, what is my conversion rate?, how much AI allowance is left?",
                "Posso responder, por exemplo: quantos leads novos esta semana?, com quem devo falar hoje?, o que mais vendeu no "
                        + "mês passado?, quanto vendi este mês?, quais conversas estão esperando uma pessoa?, como vai a IA?, "
                        + "quantos links de pagamento foram pagos?, qual é minha taxa de conversão?");
    }

    private static String pct(double rate) {
        return Math.round(rate * 100) + "%";
    }
}
