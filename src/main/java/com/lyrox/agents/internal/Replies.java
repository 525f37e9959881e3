package com.lyrox.agents.internal;

import com.lyrox.products.ProductView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What the offline sales model says, in Spanish, English or Portuguese; prices only from the catalog. */
final class Replies {

    static final int KNOWLEDGE_LENGTH = 700;

    private Replies() {
    }

    private static String pick(String language, String es, String en, String pt) {
        if (language.startsWith("en")) {
            return en;
        }
        return language.startsWith("pt") ? pt : es;
    }

    static String greeting(String language, String name, String company, List<ProductView> catalog) {
        String hello = name == null || name.isBlank() ? "" : " " + name;
        return pick(language,
                "¡Hola" + hello + "! 👋 Bienvenido a " + company + ". Te cuento lo que tenemos:\n" + list(catalog) + "\n¿Qué te gustaría lograr?",
                "Hi" + hello + "! 👋 Welcome to " + company + ". Here's what we offer:\n" + list(catalog) + "\nWhat would you like to achieve?",
                "Olá" + hello + "! 👋 Bem-vindo à " + company + ". Veja o que oferecemos:\n" + list(catalog) + "\nO que você gostaria de alcançar?");
    }

    static String price(String language, ProductView product) {
        String description = product.description() == null ? "" : " " + product.description();
        return pick(language,
                product.name() + " cuesta " + money(product) + "." + description + "\n¿Quieres que te envíe el enlace de pago?",
                product.name() + " costs " + money(product) + "." + description + "\nShall I send you the payment link?",
                product.name() + " custa " + money(product) + "." + description + "\nQuer que eu envie o link de pagamento?");
    }

    static List<String> priceChoices(String language) {
        return List.of(pick(language, "Sí, lo quiero", "Yes, I want it", "Sim, eu quero"),
                pick(language, "Ver otras opciones", "See other options", "Ver outras opções"));
    }

    static String catalog(String language, List<ProductView> catalog) {
        if (catalog.isEmpty()) {
            return pick(language, "Ahora mismo no tenemos productos publicados; te escribe alguien del equipo.",
                    "We have no products listed right now; someone from the team will write to you.",
                    "No momento não temos produtos publicados; alguém da equipe vai te escrever.");
        }
        return pick(language, "Estas son nuestras opciones:\n", "These are our options:\n", "Estas são nossas opções:\n")
                + list(catalog) + pick(language, "\n¿Cuál te interesa?", "\nWhich one interests you?", "\nQual te interessa?");
    }

    static String whichProduct(String language, List<ProductView> catalog) {
        return pick(language, "¡Genial! ¿Cuál quieres?\n", "Great! Which one would you like?\n", "Ótimo! Qual você quer?\n")
                + list(catalog);
    }

    static String paymentLink(String language, String product, String amount, String link) {
        if (link == null || link.isBlank()) {
            return pick(language,
                    "¡Excelente decisión! Reservé " + product + " (" + amount + ") para ti; alguien del equipo te envía cómo pagar.",
                    "Great choice! I've reserved " + product + " (" + amount + ") for you; the team will send you how to pay.",
                    "Ótima escolha! Reservei " + product + " (" + amount + ") para você; a equipe vai te enviar como pagar.");
        }
        return pick(language,
                "¡Excelente decisión! 💪 Aquí tienes el enlace para pagar " + product + " (" + amount + "):\n" + link
                        + "\nCuando completes el pago te confirmo por aquí.",
                "Great choice! 💪 Here's the link to pay for " + product + " (" + amount + "):\n" + link
                        + "\nOnce you've paid I'll confirm it here.",
                "Ótima escolha! 💪 Aqui está o link para pagar " + product + " (" + amount + "):\n" + link
                        + "\nQuando concluir o pagamento, confirmo por aqui.");
    }

    static String objection(String language, List<ProductView> catalog) {
        String base = pick(language,
                "Te entiendo. Los precios son los del catálogo y no puedo ofrecer descuentos fuera de él.",
                "I understand. Prices are the catalog's and I can't offer discounts outside it.",
                "Entendo. Os preços são os do catálogo e não posso oferecer descontos fora dele.");
        return catalog.stream().min(Comparator.comparing(ProductView::price))
                .map(cheapest -> base + pick(language,
                        " La opción más accesible es " + cheapest.name() + " por " + money(cheapest) + ". ¿Te la envío?",
                        " The most affordable option is " + cheapest.name() + " at " + money(cheapest) + ". Shall I send it?",
                        " A opção mais acessível é " + cheapest.name() + " por " + money(cheapest) + ". Quer que eu envie?"))
                .orElse(base);
    }

    static String handoff(String language, String reason) {
        return switch (reason) {
            case "complaint" -> pick(language,
                    "Lamento mucho lo ocurrido. Paso tu caso ahora mismo a una persona del equipo, que te escribe en breve.",
                    "I'm very sorry about this. I'm passing your case to a person on the team right now; they'll write to you shortly.",
                    "Sinto muito pelo ocorrido. Estou passando seu caso agora para uma pessoa da equipe, que vai te escrever em breve.");
            case "sensitive" -> pick(language,
                    "Es un tema que merece atención personal: una persona del equipo te escribe en breve.",
                    "That deserves personal attention: a person on the team will write to you shortly.",
                    "Esse assunto merece atenção pessoal: uma pessoa da equipe vai te escrever em breve.");
            case "booking" -> pick(language,
                    "¡Con gusto! Una persona del equipo te confirma los horarios disponibles en breve.",
                    "Happy to! A person on the team will confirm the available times shortly.",
                    "Com prazer! Uma pessoa da equipe vai confirmar os horários disponíveis em breve.");
            case "unsure" -> pick(language,
                    "No estoy seguro de eso y prefiero no inventar: le pregunto al equipo y te responden por aquí.",
                    "I'm not sure about that and would rather not guess: I'll ask the team and they'll answer you here.",
                    "Não tenho certeza disso e prefiro não inventar: vou perguntar à equipe e eles respondem por aqui.");
            default -> pick(language,
                    "¡Claro! Una persona del equipo te escribe en breve.",
                    "Of course! A person on the team will write to you shortly.",
                    "Claro! Uma pessoa da equipe vai te escrever em breve.");
        };
    }

    /**
     * A passage of the knowledge base as a WhatsApp answer: Markdown marks taken out, at most
     * {@link #KNOWLEDGE_LENGTH} characters ending at a sentence, and an offer to help further.
     */
    static String fromKnowledge(String language, String passage) {
        String plain = passage.replaceAll("(?m)^#{1,6}\\s*", "").replaceAll("\\*\\*|__|`", "")
                .replaceAll("(?m)^\\s*[-*]\\s+", "• ").replaceAll("[ \\t]+", " ").trim();
        if (plain.length() > KNOWLEDGE_LENGTH) {
            String cut = plain.substring(0, KNOWLEDGE_LENGTH);
            int end = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf(".\n"), cut.lastIndexOf("\n")));
            int space = cut.lastIndexOf(' ');
            plain = end > KNOWLEDGE_LENGTH / 3 ? cut.substring(0, end + 1).trim()
                    : (space > KNOWLEDGE_LENGTH / 3 ? cut.substring(0, space) : cut) + "…";
        }
        return plain + pick(language, "\n¿Te ayudo con algo más?", "\nCan I help you with anything else?",
                "\nPosso ajudar com mais alguma coisa?");
    }

    static String nudge(String language, List<ProductView> catalog) {
        return pick(language, "¿Te cuento más? ", "Shall I tell you more? ", "Quer saber mais? ") + catalog(language, catalog);
    }

    static String thanks(String language) {
        return pick(language, "¡Gracias a ti! Aquí estoy si necesitas algo más. 💪",
                "Thank you! I'm here if you need anything else. 💪", "Obrigado a você! Estou aqui se precisar de algo mais. 💪");
    }

    static String refusal(String language, List<ProductView> catalog) {
        return pick(language, "Eso no lo puedo compartir ni cambiar. ", "I can't share or change that. ",
                "Isso eu não posso compartilhar nem mudar. ") + catalog(language, catalog);
    }

    static String fallback(String language) {
        return pick(language, "Disculpa, tuve un problema para responderte. Una persona del equipo te escribe en breve.",
                "Sorry, I had trouble answering you. A person on the team will write to you shortly.",
                "Desculpe, tive um problema para te responder. Uma pessoa da equipe vai te escrever em breve.");
    }

    static String money(ProductView product) {
        return money(product.price(), product.currency());
    }

    static String money(BigDecimal amount, String currency) {
        BigDecimal plain = amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0) : amount;
        return plain.toPlainString() + " " + currency;
    }

    private static String list(List<ProductView> catalog) {
        return catalog.stream().map(product -> "• " + product.name() + ": " + money(product))
                .collect(Collectors.joining("\n"));
    }
}
