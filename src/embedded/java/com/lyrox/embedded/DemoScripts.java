package com.lyrox.embedded;

import com.lyrox.conversations.Author;
import com.lyrox.products.ProductView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The conversations of {@link DemoVolume}: how a customer of the company writes, how the AI and the
 * team answer, put together at random for each customer from its outcome (still a lead, qualified,
 * bought, lost), with now and then a question the knowledge base cannot answer, a complaint, a health
 * matter or a request for a person, which the AI hands to the team.
 */
abstract class DemoScripts {

    /** Where a customer ends, with the share of customers who do. */
    enum Outcome {
        LEAD("LEAD", false, 35), QUALIFIED("QUALIFIED", true, 30), CUSTOMER("CUSTOMER", true, 25), CHURNED("CHURNED", false, 10);

        private final String stage;
        private final boolean qualified;
        private final int share;

        Outcome(String stage, boolean qualified, int share) {
            this.stage = stage;
            this.qualified = qualified;
            this.share = share;
        }

        String stage() {
            return stage;
        }

        boolean qualified() {
            return qualified;
        }
    }

    /** A message: who writes it, what, and why the AI handed the conversation to a person just after (if it did). */
    record Line(Author author, String text, String handoffReason) {
    }

    /**
     * A conversation: its lines, the customer's tags, where the payment link was sent (its line, or
     * -1), the handoff's reason, and the question the knowledge base could not answer with its line.
     */
    record Script(List<Line> lines, List<String> tags, int linkAt, String handoff, String gap, int gapAt) {

        boolean linkSent() {
            return linkAt >= 0;
        }
    }

    Outcome outcome(Random random) {
        int roll = random.nextInt(100);
        for (Outcome outcome : Outcome.values()) {
            roll -= outcome.share;
            if (roll < 0) {
                return outcome;
            }
        }
        return Outcome.LEAD;
    }

    /** A conversation for a customer called {@code name} interested in {@code product} (null: the company sells none). */
    abstract Script script(Outcome outcome, String name, ProductView product, Random random);

    /** Builds a script line by line. */
    static final class Lines {

        private final List<Line> lines = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private int linkAt = -1;
        private String handoff;
        private String gap;
        private int gapAt = -1;

        Lines customer(String text) {
            lines.add(new Line(Author.CUSTOMER, text, null));
            return this;
        }

        Lines ai(String text) {
            lines.add(new Line(Author.AI, text, null));
            return this;
        }

        Lines link(String text) {
            linkAt = lines.size();
            return ai(text);
        }

        /** The AI hands the conversation to a person, and the customer, answered, writes again: they wait for the person. */
        Lines handOff(String text, String reason, String customerWaits) {
            handoff = reason;
            lines.add(new Line(Author.AI, text, reason));
            return customer(customerWaits);
        }

        Lines person(String text) {
            lines.add(new Line(Author.HUMAN, text, null));
            return this;
        }

        Lines gap(String question, String answer) {
            gap = question;
            gapAt = lines.size();
            customer(question);
            return ai(answer);
        }

        Lines tag(String tag) {
            tags.add(tag);
            return this;
        }

        Script build() {
            return new Script(List.copyOf(lines), List.copyOf(tags), linkAt, handoff, gap, gapAt);
        }
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A fitness coach's customers in Spanish. */
    static final class Coaching extends DemoScripts {

        @Override
        Script script(Outcome outcome, String name, ProductView product, Random random) {
            String plan = product == null ? "el plan" : product.name();
            String price = product == null ? "" : product.price().stripTrailingZeros().toPlainString() + " " + product.currency();
            Lines lines = new Lines();
            lines.customer(pick(random, List.of("Hola, ¿cuánto cuesta el " + plan + "?", "hola!! info del " + plan.toLowerCase() + " porfa",
                    "Buenas, vi tu video en Instagram, ¿qué incluye el " + plan + "?", "Hola Emilio, ¿precio del " + plan + "?")));
            lines.ai(pick(random, List.of("¡Hola " + name + "! 💪 El " + plan + " cuesta " + price + " e incluye rutinas y plan de comidas. "
                    + "¿Cuál es tu meta?", "¡Qué bueno que escribes, " + name + "! El " + plan + " está en " + price
                    + ". Cuéntame, ¿qué quieres lograr?")));
            String goal = pick(random, List.of("bajar de peso", "ganar músculo", "recuperar hábitos"));
            lines.tag(goal.replace(' ', '-'));
            if (random.nextInt(6) == 0) {
                lines.gap(pick(random, List.of("¿Tienen descuento para parejas?", "¿El plan sirve si soy vegana?",
                        "¿Hacen sesiones presenciales en Doral?")), "Buena pregunta, déjame confirmarlo con Emilio y te aviso 🙌");
            }
            switch (outcome) {
                case LEAD -> lines.customer(pick(random, List.of("Ok, lo pienso y te aviso", "Gracias, lo voy a pensar 🙏", "dale")));
                case CHURNED -> lines.customer("Quiero " + goal + " pero ahora está un poco caro para mí")
                        .ai("Te entiendo, " + name + ". Cuando quieras retomamos, aquí estoy 💪")
                        .customer("Gracias, por ahora no");
                default -> {
                    lines.customer("Quiero " + goal + ", ¿me sirve?")
                            .ai("¡Claro! Con el " + plan + " vamos paso a paso. ¿Te envío el enlace de pago?")
                            .customer(pick(random, List.of("Sí, mándamelo", "dale, pásame el link", "Sí por favor")))
                            .link("Aquí tienes: " + (product == null ? "" : product.paymentLink()) + " Apenas pagues te envío la primera rutina 🔥");
                    if (outcome == Outcome.CUSTOMER) {
                        lines.customer(pick(random, List.of("Listo, ya pagué", "Pagado ✅", "ya hice el pago"))).tag("cliente")
                                .ai("¡Recibido, " + name + "! Bienvenido al equipo. Mañana te llega tu plan 🙌");
                    }
                }
            }
            int trouble = random.nextInt(10);
            if (trouble == 0) {
                lines.customer(pick(random, List.of("No me llegó el plan de comidas y ya pagué, estoy molesto",
                                "Me cobraron dos veces, quiero un reembolso")))
                        .handOff("Lo siento mucho, " + name + ". Le paso tu caso a Emilio ahora mismo.",
                                "Queja: no recibió lo que pagó y está molesto",
                                "Ok, espero")
                        .person("Hola " + name + ", soy Emilio. Ya lo revisé y lo resolvemos hoy, disculpa 🙏");
            } else if (trouble == 1) {
                lines.customer("Tengo una lesión en la rodilla, ¿puedo hacer las rutinas?")
                        .handOff("Por tu rodilla prefiero que lo vea Emilio directamente. Ya le aviso.",
                                "Lesión de rodilla: que lo vea Emilio",
                                "Dale, gracias")
                        .person("Hola " + name + ", adaptamos las rutinas sin impacto. ¿Tienes informe del médico?");
            } else if (trouble == 2) {
                lines.customer("¿Puedo hablar con Emilio directamente?")
                        .handOff("¡Claro! Le paso la conversación a Emilio.", "Quiere hablar con Emilio", "👍")
                        .person("¡Hola " + name + "! Aquí Emilio, cuéntame 😊");
            }
            return lines.build();
        }
    }

    /** A clothing shop's customers in Portuguese. */
    static final class Shop extends DemoScripts {

        @Override
        Script script(Outcome outcome, String name, ProductView product, Random random) {
            String item = product == null ? "a peça" : product.name();
            String price = product == null ? "" : "R$ " + product.price().toPlainString().replace('.', ',');
            String size = pick(random, List.of("P", "M", "G", "GG"));
            Lines lines = new Lines();
            lines.customer(pick(random, List.of("Oi! Quanto custa o " + item + "?", "oi, tem " + item.toLowerCase() + " no tamanho " + size + "?",
                    "Boa tarde, vi no Instagram o " + item + ", ainda tem?")));
            lines.ai("Oi, " + name + "! 😊 O " + item + " sai por " + price + " e temos no " + size + ". Quer que eu separe para você?");
            lines.tag("tamanho-" + size.toLowerCase());
            if (random.nextInt(6) == 0) {
                lines.gap(pick(random, List.of("Vocês entregam em Campinas?", "Aceitam Pix parcelado?", "A loja do Centro abre domingo?")),
                        "Vou confirmar com a equipe e já te respondo 🙏");
            }
            switch (outcome) {
                case LEAD -> lines.customer(pick(random, List.of("Vou pensar, obrigada!", "Ok, depois eu volto")));
                case CHURNED -> lines.customer("Achei caro, vou deixar pra próxima").ai("Tudo bem, " + name + "! Qualquer coisa estou aqui.");
                default -> {
                    lines.customer(pick(random, List.of("Quero sim! Como pago?", "Pode separar, manda o link")))
                            .link("Aqui está o link: " + (product == null ? "" : product.paymentLink()) + " Assim que pagar, enviamos 📦");
                    if (outcome == Outcome.CUSTOMER) {
                        lines.customer(pick(random, List.of("Paguei!", "Pronto, pago ✅"))).tag("cliente")
                                .ai("Recebido, " + name + "! Seu pedido sai amanhã 💛");
                    }
                }
            }
            int trouble = random.nextInt(10);
            if (trouble == 0) {
                lines.customer("Recebi o tamanho errado e quero trocar, estou chateada")
                        .handOff("Sinto muito, " + name + "! Vou passar para a nossa equipe resolver a troca.",
                                "Reclamação: tamanho errado, quer trocar", "Ok, aguardo")
                        .person("Oi " + name + ", aqui é a Marina. Já agendamos a troca, desculpe o transtorno!");
            } else if (trouble == 1) {
                lines.customer("Posso falar com uma pessoa?")
                        .handOff("Claro! Vou chamar alguém da equipe.", "Quer falar com uma pessoa", "Obrigada")
                        .person("Oi " + name + ", Marina aqui. Como posso ajudar?");
            }
            return lines.build();
        }
    }

    /** A futsal and badminton venue's customers in Bahasa Indonesia; it sells court hours, not products. */
    static final class Venue extends DemoScripts {

        @Override
        Script script(Outcome outcome, String name, ProductView product, Random random) {
            String sport = pick(random, List.of("futsal", "badminton"));
            String hour = pick(random, List.of("19:00", "20:00", "16:00", "09:00"));
            String price = sport.equals("futsal") ? "Rp225.000" : "Rp120.000";
            Lines lines = new Lines().tag(sport);
            lines.customer(pick(random, List.of("Halo kak, lapangan " + sport + " besok jam " + hour + " kosong?",
                    "kak mau booking " + sport + " dong", "Permisi, harga sewa lapangan " + sport + " berapa ya?")));
            lines.ai("Halo kak " + name + "! Lapangan " + sport + " jam " + hour + " masih kosong, harganya " + price
                    + " per jam. Mau saya pesankan?");
            if (random.nextInt(6) == 0) {
                lines.gap(pick(random, List.of("Ada parkir mobil?", "Bisa sewa sepatu futsal?", "Ada kantin di sana?")),
                        "Saya tanyakan dulu ke tim ya kak, nanti saya kabari 🙏");
            }
            switch (outcome) {
                case LEAD -> lines.customer(pick(random, List.of("Nanti saya kabari kak", "Oke kak makasih")));
                case CHURNED -> lines.customer("Agak mahal ya kak, nggak jadi deh").ai("Baik kak, kalau berubah pikiran kabari saja ya 🙏");
                default -> {
                    lines.customer(pick(random, List.of("Boleh kak, pesan 1 jam", "Oke kak, booking ya"))).ai("Siap kak, sudah saya pesan ✅ Sampai ketemu!");
                    if (outcome == Outcome.CUSTOMER) {
                        lines.tag("pelanggan-tetap").customer("Makasih kak, minggu depan main lagi").ai("Sama-sama kak " + name + " ⚽");
                    }
                }
            }
            int trouble = random.nextInt(10);
            if (trouble == 0) {
                lines.customer("Kemarin lampu lapangan mati setengah jam, saya mau refund")
                        .handOff("Mohon maaf kak, saya sambungkan ke manajer kami sekarang.",
                                "Komplain: lampu mati, minta refund", "Oke saya tunggu")
                        .person("Halo kak " + name + ", ini Rina. Mohon maaf, kami kembalikan setengah harga ya.");
            } else if (trouble == 1) {
                lines.customer("Mau bicara dengan admin langsung bisa?")
                        .handOff("Bisa kak, saya sambungkan ke admin.", "Pelanggan mau bicara dengan admin", "Oke kak")
                        .person("Halo kak, dengan Rina di sini. Ada yang bisa dibantu?");
            }
            return lines.build();
        }
    }
}
