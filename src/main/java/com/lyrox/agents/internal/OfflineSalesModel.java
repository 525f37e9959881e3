package com.lyrox.agents.internal;

import com.lyrox.agents.Intent;
import com.lyrox.agents.ModelPrices;
import com.lyrox.products.ProductView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A sales model that needs no network and no key: reads the turn's intent and the product
 * meant (from this turn, else the conversation's last mention), calls the same tools a
 * language model would, and answers from templates in the customer's language.
 */
class OfflineSalesModel implements ChatModel {

    static final String NAME = ModelPrices.OFFLINE_MODEL;

    private static final Set<String> YES = Set.of("si", "sii", "dale", "ok", "okay", "vale", "claro", "perfecto", "va",
            "yes", "yeah", "yep", "sure", "sim", "pode", "bora", "por", "favor", "please", "porfa", "de", "acuerdo");
    private static final List<String> LINK_OFFERS = List.of("enlace de pago", "payment link", "link de pagamento");
    private static final List<String> INJECTION = List.of("ignore previous", "ignora las instrucciones",
            "ignora tus instrucciones", "ignore your instructions", "ignore all", "system prompt", "your instructions",
            "tus instrucciones", "suas instrucoes", "ignore as instrucoes", "otro cliente", "otros clientes",
            "other customer", "other customers", "outro cliente", "outros clientes", "developer mode", "jailbreak");

    private static final List<String> QUESTION_WORDS = List.of("que", "como", "donde", "cuando", "por que", "cual",
            "tienen", "hay", "what", "where", "when", "how", "why", "which", "do you", "can", "is there", "are you",
            "onde", "quando", "qual", "voces", "tem");

    private static final List<String> INCLUDES = List.of("incluye", "incluyen", "incluido", "include", "includes",
            "included", "inclui", "incluem");

    /** Words that make a day and time a booking request without the word "book": what venues rent. */
    private static final List<String> BOOKABLE = List.of("cancha", "canchas", "pista", "court", "courts", "quadra",
            "lapangan", "sala", "room", "studio", "estudio", "clase", "class", "aula", "sesion", "session", "sesi", "slot",
            "kosong", "libre", "free", "disponible", "available", "disponivel");
    private static final List<String> CANCEL_BOOKING = List.of("cancelar mi reserva", "cancela mi reserva",
            "cancelar la reserva", "cancel my booking", "cancel the booking", "cancel my reservation", "cancelar minha reserva",
            "cancelar a reserva", "batalkan booking", "batal booking", "batalkan pesanan");
    private static final Set<String> CANCEL_WORDS = Set.of("cancelar", "cancela", "cancel", "batal", "batalkan", "no", "nao",
            "tidak", "gak", "nope");
    private static final Set<String> POLITE = Set.of("gracias", "thanks", "thank", "you", "obrigado", "obrigada", "makasih",
            "por", "favor", "please", "mejor", "dulu");
    private static final Set<String> CONFIRM_WORDS = Set.of("confirmar", "confirmo", "confirma", "confirm", "confirmed",
            "konfirmasi", "ya", "iya", "oke", "boleh", "yes");
    private static final List<String> MY_BOOKINGS = List.of("mis reservas", "mi reserva", "my bookings", "my booking",
            "minhas reservas", "minha reserva", "booking saya", "pesanan saya");
    /** A line of an offer: "1) 19:00 Lapangan 1 · IDR 150,000.00". */
    private static final Pattern OFFER_LINE = Pattern.compile("(?m)^([1-9])\\) (\\d{2}:\\d{2}) ([^·\\n]+)");

    private final ObjectMapper json;

    OfflineSalesModel(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.get(messages.size() - 1);
        return "tool".equals(last.role()) ? afterTool(request, toolCalled(messages), last.content())
                : decide(request.context(), messages);
    }

    private ModelReply decide(TurnContext context, List<ChatMessage> messages) {
        String normalized = TextNormalizer.normalize(context.turnText());
        if (INJECTION.stream().anyMatch(phrase -> normalized.contains(phrase))) {
            return say(Replies.refusal(context.language(), context.catalog()), List.of());
        }
        Optional<ModelReply> booking = booking(context, messages, normalized);
        if (booking.isPresent()) {
            return booking.get();
        }
        IntentClassifier.Reading reading = acceptsTheOffer(normalized, messages)
                ? new IntentClassifier.Reading(Intent.BUYING_INTENT, 0.8, false) : IntentClassifier.read(normalized);
        if (isQuestion(normalized, context.turnText()) && knowledgeFirst(reading, normalized)) {
            return call(AgentTools.SEARCH, Map.of("query", context.turnText()));
        }
        return withoutKnowledge(context, messages, reading, normalized);
    }

    /** What to do when the knowledge base was not asked, or knew nothing. */
    private ModelReply withoutKnowledge(TurnContext context, List<ChatMessage> messages,
                                        IntentClassifier.Reading reading, String normalized) {
        String language = context.language();
        Optional<ProductView> product = ProductMatcher.match(normalized, context.catalog())
                .or(() -> mentionedBefore(messages, context.catalog()));
        return switch (reading.intent()) {
            case HUMAN_REQUEST -> call(AgentTools.HANDOFF, Map.of("reason", "human"));
            case COMPLAINT -> call(AgentTools.HANDOFF, Map.of("reason", reading.sensitive() ? "sensitive" : "complaint"));
            case BOOKING_INTENT -> call(AgentTools.HANDOFF, Map.of("reason", "booking"));
            case BUYING_INTENT -> product.or(() -> only(context.catalog()))
                    .map(chosen -> call(AgentTools.SEND_PAYMENT_LINK, Map.of("product_id", chosen.id().toString())))
                    .orElseGet(() -> say(Replies.whichProduct(language, context.catalog()), names(context.catalog())));
            case PRICE_QUESTION -> product
                    .map(chosen -> say(Replies.price(language, chosen), Replies.priceChoices(language)))
                    .orElseGet(() -> say(Replies.catalog(language, context.catalog()), names(context.catalog())));
            case OBJECTION -> say(Replies.objection(language, context.catalog()), List.of());
            case THANKS_BYE -> say(Replies.thanks(language), List.of());
            case GREETING -> say(Replies.greeting(language, context.customerName(), context.companyName(),
                    context.catalog()), names(context.catalog()));
            case OTHER -> product
                    .map(chosen -> say(Replies.price(language, chosen), Replies.priceChoices(language)))
                    .orElseGet(() -> isQuestion(normalized, context.turnText())
                            ? call(AgentTools.HANDOFF, Map.of("reason", "unsure"))
                            : say(Replies.nudge(language, context.catalog()), names(context.catalog())));
        };
    }

    /**
     * Questions about the business go to the knowledge base before anything else: anything the
     * rules do not read, opening hours and booking terms, a refund asked about calmly, what a
     * plan includes, and the question after a greeting. Buying, prices, objections, a person
     * asked for, and complaints that are angry, legal or medical never wait for it.
     */
    private static boolean knowledgeFirst(IntentClassifier.Reading reading, String normalized) {
        return switch (reading.intent()) {
            case OTHER, BOOKING_INTENT -> true;
            case COMPLAINT -> !reading.sensitive() && reading.confidence() < 0.8;
            case PRICE_QUESTION -> INCLUDES.stream().anyMatch(word -> TextNormalizer.contains(normalized, word));
            case GREETING -> IntentClassifier.withoutGreeting(normalized).trim().split(" ").length >= 3;
            default -> false;
        };
    }

    private ModelReply afterTool(ModelRequest request, ToolCall call, String result) {
        String language = request.context().language();
        JsonNode answer = json.readTree(result);
        return switch (call.name()) {
            case AgentTools.FIND_SLOTS, AgentTools.HOLD_SLOT -> afterSlots(request, language, answer);
            case AgentTools.CONFIRM_BOOKING -> answer.has("error") ? say(BookingReplies.nothingBooked(language), List.of())
                    : answer.path("awaiting_payment").asBoolean(false) ? say(BookingReplies.awaitingPayment(language, answer), List.of())
                    : say(BookingReplies.confirmed(language, answer), List.of());
            case AgentTools.JOIN_WAITLIST -> answer.path("barred").asBoolean(false) ? say(BookingReplies.barred(language), List.of())
                    : answer.has("waitlist_id") ? say(BookingReplies.waitlistJoined(language, answer), List.of())
                    : say(BookingReplies.nothingToWaitFor(language), List.of());
            case AgentTools.CANCEL_BOOKING -> answer.has("error") ? say(BookingReplies.nothingBooked(language), List.of())
                    : say(BookingReplies.cancelled(language, answer), List.of());
            case AgentTools.MY_BOOKINGS -> answer.path("bookings").isEmpty()
                    ? say(BookingReplies.nothingBooked(language), List.of())
                    : say(BookingReplies.upcoming(language, answer.path("bookings")), List.of());
            case AgentTools.SEND_PAYMENT_LINK -> answer.has("error")
                    ? say(Replies.whichProduct(language, request.context().catalog()), names(request.context().catalog()))
                    : say(Replies.paymentLink(language, answer.path("product").asString(), answer.path("amount").asString(),
                            answer.path("payment_link").asString("")), List.of());
            case AgentTools.HANDOFF -> say(Replies.handoff(language,
                    json.readTree(call.arguments()).path("reason").asString("human")), List.of());
            case AgentTools.SEARCH -> answer.path("results").isEmpty()
                    ? withoutKnowledge(request.context(), request.messages(),
                            IntentClassifier.read(TextNormalizer.normalize(request.context().turnText())),
                            TextNormalizer.normalize(request.context().turnText()))
                    : say(Replies.fromKnowledge(language, answer.path("results").path(0).path("text").asString()), List.of());
            default -> say(Replies.catalog(language, request.context().catalog()), names(request.context().catalog()));
        };
    }

    /**
     * The booking conversation: an answer to the slots offered holds one, a yes to a hold
     * confirms it, "cancel my booking" cancels, "my bookings" lists, and a booking request (or a
     * day and time for a court) looks for free slots. Empty when the turn is about something else.
     */
    private Optional<ModelReply> booking(TurnContext context, List<ChatMessage> messages, String normalized) {
        String before = lastAssistantText(messages).map(TextNormalizer::normalize).orElse("");
        boolean afterOffer = BookingReplies.OFFERS.stream().anyMatch(offer -> TextNormalizer.contains(before, offer));
        boolean afterHold = BookingReplies.HOLDS.stream().anyMatch(hold -> TextNormalizer.contains(before, hold))
                || BookingReplies.PAYMENT_HOLDS.stream().anyMatch(hold -> TextNormalizer.contains(before, hold));
        boolean question = isQuestion(normalized, context.turnText());
        // "¿puedo cancelar si llueve?" asks about the policy; "cancela mi reserva" and a short "no" to a hold cancel.
        if (!question && CANCEL_BOOKING.stream().anyMatch(phrase -> TextNormalizer.contains(normalized, phrase))
                || afterHold && saysNo(normalized)) {
            return Optional.of(call(AgentTools.CANCEL_BOOKING, Map.of()));
        }
        if (afterHold && saysYes(normalized)) {
            return Optional.of(call(AgentTools.CONFIRM_BOOKING, Map.of()));
        }
        if (afterOffer) {
            OptionalInt option = chosenOption(normalized, context.turnText(), lastAssistantText(messages).orElse(""));
            if (option.isPresent()) {
                return Optional.of(call(AgentTools.HOLD_SLOT, Map.of("option", option.getAsInt())));
            }
        }
        // "buenas tardes" greets; it does not ask for the afternoon.
        WhenParser.When when = WhenParser.read(IntentClassifier.withoutGreeting(normalized));
        if (BookingReplies.WAITLIST_WORDS.stream().anyMatch(words -> TextNormalizer.contains(normalized, words))) {
            Map<String, Object> wanted = new java.util.HashMap<>();
            if (when.time() != null) {
                wanted.put("time", when.time().toString());
                if (when.day() != null) {
                    wanted.put("day", when.day());
                }
            }
            return Optional.of(call(AgentTools.JOIN_WAITLIST, wanted));
        }
        if (!when.saysAnything() && MY_BOOKINGS.stream().anyMatch(phrase -> TextNormalizer.contains(normalized, phrase))) {
            return Optional.of(call(AgentTools.MY_BOOKINGS, Map.of()));
        }
        IntentClassifier.Reading reading = IntentClassifier.read(normalized);
        // A question about booking that names no day or time ("what are your opening hours?") is for the knowledge base.
        boolean bookingWords = reading.intent() == Intent.BOOKING_INTENT && (when.saysAnything() || !question);
        // A day and a word such as "libre" or "court" ask for a slot, unless the customer is buying or asking a price.
        boolean buying = reading.intent() == Intent.BUYING_INTENT || reading.intent() == Intent.PRICE_QUESTION
                || ProductMatcher.match(normalized, context.catalog()).isPresent();
        boolean asksToBook = bookingWords || !buying && (when.day() != null || when.time() != null)
                && BOOKABLE.stream().anyMatch(word -> TextNormalizer.contains(normalized, word));
        if (!asksToBook) {
            return Optional.empty();
        }
        Map<String, Object> arguments = new java.util.HashMap<>();
        if (when.day() != null) {
            arguments.put("day", when.day());
        }
        if (when.time() != null) {
            arguments.put("time", when.time().toString());
        }
        if (when.part() != null) {
            arguments.put("part_of_day", when.part());
        }
        return Optional.of(call(AgentTools.FIND_SLOTS, arguments));
    }

    /**
     * Which of the offered slots the customer took: "sí" (the first), a number ("2", "la 2"), or
     * a time the offer listed ("19:00", a button's title); empty when the answer is none of these.
     */
    private static OptionalInt chosenOption(String normalized, String text, String offer) {
        Matcher lines = OFFER_LINE.matcher(offer);
        Map<String, Integer> byTime = new java.util.LinkedHashMap<>();
        int count = 0;
        while (lines.find()) {
            count++;
            byTime.putIfAbsent(lines.group(2), Integer.parseInt(lines.group(1)));
            if (text.contains(lines.group(3).trim()) && text.contains(lines.group(2))) {
                return OptionalInt.of(Integer.parseInt(lines.group(1)));
            }
        }
        for (var entry : byTime.entrySet()) {
            if (text.contains(entry.getKey())) {
                return OptionalInt.of(entry.getValue());
            }
        }
        String[] words = normalized.trim().split(" ");
        for (String word : words) {
            if (word.matches("[1-9]") && Integer.parseInt(word) <= count) {
                return OptionalInt.of(Integer.parseInt(word));
            }
        }
        WhenParser.When when = WhenParser.read(normalized);
        if (when.time() != null) {
            // "a las 8" after an offer of 20:00 means the evening one.
            for (var time : List.of(when.time(), when.time().plusHours(12))) {
                if (byTime.containsKey(time.toString())) {
                    return OptionalInt.of(byTime.get(time.toString()));
                }
            }
        }
        return saysYes(normalized) ? OptionalInt.of(1) : OptionalInt.empty();
    }

    /** A short no to a hold: "no", "cancelar", "no gracias", "batal". */
    private static boolean saysNo(String normalized) {
        String[] words = normalized.trim().split(" ");
        return words.length <= 3 && Arrays.stream(words).anyMatch(CANCEL_WORDS::contains)
                && Arrays.stream(words).allMatch(word -> CANCEL_WORDS.contains(word) || POLITE.contains(word));
    }

    /** A short yes: "sí", "dale", "yes please", "ya", "oke", "sim, confirmar". */
    private static boolean saysYes(String normalized) {
        String[] words = normalized.trim().split(" ");
        return words.length <= 5 && Arrays.stream(words).allMatch(word -> YES.contains(word) || CONFIRM_WORDS.contains(word))
                && Arrays.stream(words).anyMatch(word -> !word.equals("por") && !word.equals("favor") && !word.equals("please"));
    }

    /**
     * Slots found or a hold: the offer with its options as buttons, the hold asking to confirm, a
     * taken slot with what is free instead. A business without bookings answers as before
     * (a person takes booking questions).
     */
    private ModelReply afterSlots(ModelRequest request, String language, JsonNode answer) {
        if (answer.has("error")) {
            String text = request.context().turnText();
            return isQuestion(TextNormalizer.normalize(text), text) ? call(AgentTools.SEARCH, Map.of("query", text))
                    : call(AgentTools.HANDOFF, Map.of("reason", "booking"));
        }
        if (answer.path("barred").asBoolean(false)) {
            return say(BookingReplies.barred(language), List.of());
        }
        if (answer.path("limit_reached").asBoolean(false)) {
            // The plan's bookings of the month are made: a person takes the booking (the owner has been told).
            return call(AgentTools.HANDOFF, Map.of("reason", "booking: the plan's bookings of the month are all made"));
        }
        if (answer.has("booking_id")) {
            return answer.has("payment_link") ? say(BookingReplies.heldForPayment(language, answer), List.of())
                    : say(BookingReplies.held(language, answer), BookingReplies.heldChoices(language));
        }
        JsonNode slots = answer.path("slots");
        String hint = answer.has("wanted_time") ? BookingReplies.waitlistHint(language, answer.path("wanted_time").asString()) : "";
        if (slots.isEmpty()) {
            return say(hint + BookingReplies.noSlots(language), List.of());
        }
        List<String> choices = new java.util.ArrayList<>();
        slots.forEach(slot -> choices.add(BookingReplies.label(slot)));
        String offer = hint + BookingReplies.offer(language, slots);
        return say(answer.path("taken").asBoolean(false) ? BookingReplies.taken(language) + offer : offer, choices);
    }

    /**
     * A question the catalog does not answer goes to the knowledge base (and to a person when
     * that knows nothing); a remark such as "ok" just keeps the conversation going.
     */
    private static boolean isQuestion(String normalized, String text) {
        return text.contains("?") || QUESTION_WORDS.stream().anyMatch(word -> normalized.startsWith(" " + word + " "));
    }

    /**
     * A short yes ("sí", "dale", "ok, envíalo", "yes please", "sim") right after the agent
     * offered to send the payment link: the customer is buying.
     */
    private static boolean acceptsTheOffer(String normalized, List<ChatMessage> messages) {
        String[] words = normalized.trim().split(" ");
        boolean onlyYes = words.length <= 4 && Arrays.stream(words).allMatch(YES::contains)
                && Arrays.stream(words).anyMatch(word -> !word.equals("por") && !word.equals("favor") && !word.equals("please"));
        return onlyYes && lastAssistantText(messages).map(TextNormalizer::normalize)
                .filter(text -> LINK_OFFERS.stream().anyMatch(offer -> TextNormalizer.contains(text, offer))).isPresent();
    }

    private static Optional<String> lastAssistantText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            ChatMessage message = messages.get(i);
            if ("assistant".equals(message.role()) && message.content() != null) {
                return Optional.of(message.content());
            }
        }
        return Optional.empty();
    }

    /** The tool call the last assistant message made. */
    private static ToolCall toolCalled(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (!messages.get(i).toolCalls().isEmpty()) {
                return messages.get(i).toolCalls().get(0);
            }
        }
        throw new IllegalStateException("A tool result without a tool call");
    }

    /** The product the conversation talked about last, when this turn names none ("lo quiero"). */
    private static Optional<ProductView> mentionedBefore(List<ChatMessage> messages, List<ProductView> catalog) {
        for (int i = messages.size() - 2; i >= 0; i--) {
            ChatMessage message = messages.get(i);
            if (!"system".equals(message.role()) && message.content() != null) {
                Optional<ProductView> found = ProductMatcher.match(TextNormalizer.normalize(message.content()), catalog)
                        .filter(product -> !"assistant".equals(message.role()) || mentionsOnlyOne(message.content(), catalog));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** An answer that lists the whole catalog names no product in particular. */
    private static boolean mentionsOnlyOne(String text, List<ProductView> catalog) {
        String normalized = TextNormalizer.normalize(text);
        return catalog.stream().filter(product -> normalized.contains(TextNormalizer.normalize(product.name()))).count() == 1;
    }

    private static Optional<ProductView> only(List<ProductView> catalog) {
        return catalog.size() == 1 ? Optional.of(catalog.get(0)) : Optional.empty();
    }

    private static List<String> names(List<ProductView> catalog) {
        return catalog.size() >= 2 && catalog.size() <= 3 ? catalog.stream().map(ProductView::name).toList() : List.of();
    }

    private static ModelReply say(String text, List<String> choices) {
        return new ModelReply(text, List.of(), choices, 0, 0, NAME);
    }

    private ModelReply call(String tool, Map<String, Object> arguments) {
        return new ModelReply(null, List.of(new ToolCall("call_" + UUID.randomUUID(), tool,
                json.writeValueAsString(arguments))), List.of(), 0, 0, NAME);
    }
}
