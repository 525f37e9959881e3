package com.lyrox.agents.internal;

import com.lyrox.agents.internal.ChatModel.ToolCall;
import com.lyrox.agents.internal.ChatModel.ToolSpec;
import com.lyrox.agents.internal.ChatModel.TurnContext;
import com.lyrox.bookings.BookingDesk;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.HandoffReason;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.customers.Stage;
import com.lyrox.knowledge.KnowledgeBase;
import com.lyrox.knowledge.Passage;
import com.lyrox.knowledge.SearchMode;
import com.lyrox.knowledge.SearchRequest;
import com.lyrox.platform.ApiProblem;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductView;
import com.lyrox.sales.SalesDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The tools the agent may call, run on the server inside the company's tenant. Prices and
 * payment links come from the catalog here, never from the model's words.
 */
@Component
class AgentTools {

    static final String LIST_PRODUCTS = "list_products";
    static final String GET_PRODUCT = "get_product";
    static final String SEND_PAYMENT_LINK = "send_payment_link";
    static final String UPDATE_STAGE = "update_customer_stage";
    static final String ADD_TAGS = "add_customer_tags";
    static final String HANDOFF = "handoff_to_human";
    /** The categories a model may give a handoff, those of the reasons a conversation reaches a person through the AI. */
    private static final List<String> HANDOFF_CATEGORIES = Stream.of(HandoffReason.CUSTOMER_ASKED, HandoffReason.COMPLAINT,
            HandoffReason.SENSITIVE, HandoffReason.BOOKING, HandoffReason.UNSURE, HandoffReason.OTHER).map(Enum::name).toList();
    static final String SEARCH = "search";
    static final String FIND_SLOTS = "find_slots";
    static final String HOLD_SLOT = "hold_slot";
    static final String CONFIRM_BOOKING = "confirm_booking";
    static final String CANCEL_BOOKING = "cancel_booking";
    static final String MY_BOOKINGS = "my_bookings";
    static final String JOIN_WAITLIST = "join_waitlist";
    private static final int SLOTS_OFFERED = 3;
    private static final Duration OFFER_KEPT = Duration.ofHours(1);
    private static final int SEARCH_RESULTS = 3;

    private static final Map<String, Object> NO_ARGUMENTS = Map.of("type", "object", "properties", Map.of());
    private static final Map<String, Object> PRODUCT_ID = Map.of("type", "object",
            "properties", Map.of("product_id", Map.of("type", "string", "description", "The product's id from list_products")),
            "required", List.of("product_id"));

    static final List<ToolSpec> SPECS = List.of(
            new ToolSpec(LIST_PRODUCTS, "The active catalog: id, name, price, currency, description.", NO_ARGUMENTS),
            new ToolSpec(GET_PRODUCT, "One product of the catalog by id.", PRODUCT_ID),
            new ToolSpec(SEND_PAYMENT_LINK, "The customer wants to buy: records a pending sale and returns the "
                    + "product's payment link to send. Use only when the customer clearly wants to buy.", PRODUCT_ID),
            new ToolSpec(UPDATE_STAGE, "Moves the customer forward in the pipeline.", Map.of("type", "object",
                    "properties", Map.of("stage", Map.of("type", "string", "enum", List.of("QUALIFIED", "CUSTOMER", "CHURNED"))),
                    "required", List.of("stage"))),
            new ToolSpec(ADD_TAGS, "Labels the customer (interests, budget, goals).", Map.of("type", "object",
                    "properties", Map.of("tags", Map.of("type", "array", "items", Map.of("type", "string"))),
                    "required", List.of("tags"))),
            new ToolSpec(HANDOFF, "Passes the conversation to a person: asked for a human, complaints, legal or medical "
                    + "matters, anything you are unsure about. category: why, for the owner's reports.", Map.of("type", "object",
                    "properties", Map.of("reason", Map.of("type", "string"), "category", Map.of("type", "string", "enum",
                            HANDOFF_CATEGORIES)), "required", List.of("reason"))),
            new ToolSpec(SEARCH, "Searches the company's knowledge base (opening hours, policies, what plans include).",
                    Map.of("type", "object", "properties", Map.of("query", Map.of("type", "string")),
                            "required", List.of("query"))),
            new ToolSpec(FIND_SLOTS, "Free slots to book (courts, rooms, sessions) on a day, numbered as options to offer. "
                    + "day: today, tomorrow, day_after_tomorrow, a weekday such as SATURDAY, or YYYY-MM-DD; time: HH:mm; "
                    + "part_of_day: MORNING, AFTERNOON or EVENING; type: the kind of resource, if the customer said.",
                    Map.of("type", "object", "properties", Map.of("day", Map.of("type", "string"),
                            "time", Map.of("type", "string"), "part_of_day", Map.of("type", "string"),
                            "type", Map.of("type", "string")))),
            new ToolSpec(HOLD_SLOT, "Holds one of the slots find_slots offered for the customer, for a few minutes, "
                    + "by its option number (or resource_id and start). Ask before confirming.",
                    Map.of("type", "object", "properties", Map.of("option", Map.of("type", "integer"),
                            "resource_id", Map.of("type", "string"), "start", Map.of("type", "string")))),
            new ToolSpec(CONFIRM_BOOKING, "Confirms the customer's held booking, when they say yes.", NO_ARGUMENTS),
            new ToolSpec(CANCEL_BOOKING, "Cancels the customer's next booking, when they ask to.", NO_ARGUMENTS),
            new ToolSpec(MY_BOOKINGS, "The customer's upcoming bookings.", NO_ARGUMENTS),
            new ToolSpec(JOIN_WAITLIST, "Puts the customer in line for a taken slot: when it frees, it is held for them and "
                    + "they are told here. day and time as for find_slots; left out: the time find_slots was last asked for.",
                    Map.of("type", "object", "properties", Map.of("day", Map.of("type", "string"),
                            "time", Map.of("type", "string"), "type", Map.of("type", "string")))));

    private final ProductCatalog catalog;
    private final SalesDesk sales;
    private final CustomerDirectory customers;
    private final ConversationLog conversations;
    private final KnowledgeBase knowledge;
    private final BookingDesk bookings;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final KnowledgeGapLog gaps;

    AgentTools(ProductCatalog catalog, SalesDesk sales, CustomerDirectory customers, ConversationLog conversations,
               KnowledgeBase knowledge, BookingDesk bookings, StringRedisTemplate redis, ObjectMapper json, KnowledgeGapLog gaps) {
        this.gaps = gaps;
        this.bookings = bookings;
        this.redis = redis;
        this.catalog = catalog;
        this.sales = sales;
        this.customers = customers;
        this.conversations = conversations;
        this.knowledge = knowledge;
        this.json = json;
    }

    /** Runs a tool call; the answer (or the error) as JSON for the model. */
    String run(ToolCall call, TurnContext context) {
        try {
            JsonNode arguments = call.arguments() == null || call.arguments().isBlank()
                    ? json.createObjectNode() : json.readTree(call.arguments());
            return json.writeValueAsString(execute(call.name(), arguments, context));
        } catch (JacksonException e) {
            return "{\"error\":\"The arguments are not valid JSON\"}";
        } catch (ApiProblem | IllegalArgumentException | DateTimeParseException e) {
            return json.writeValueAsString(Map.of("error", e.getMessage()));
        }
    }

    private Object execute(String tool, JsonNode arguments, TurnContext context) {
        return switch (tool) {
            case LIST_PRODUCTS -> catalog.active().stream().map(AgentTools::describe).toList();
            case GET_PRODUCT -> describe(product(arguments));
            case SEND_PAYMENT_LINK -> {
                ProductView product = product(arguments);
                SalesDesk.PendingSale sale = sales.openPending(context.customerId(), product.id());
                customers.advanceTo(context.customerId(), Stage.QUALIFIED);
                yield Map.of("sale_id", sale.saleId().toString(), "product", sale.productName(),
                        "amount", Replies.money(sale.amount(), sale.currency()),
                        "payment_link", sale.paymentLink() == null ? "" : sale.paymentLink());
            }
            case UPDATE_STAGE -> {
                Stage stage = Stage.valueOf(text(arguments, "stage").toUpperCase(Locale.ROOT));
                customers.advanceTo(context.customerId(), stage);
                yield Map.of("stage", stage.name());
            }
            case ADD_TAGS -> {
                List<String> tags = new java.util.ArrayList<>();
                arguments.path("tags").forEach(tag -> tags.add(tag.asString()));
                customers.addTags(context.customerId(), tags);
                yield Map.of("tags", tags);
            }
            case HANDOFF -> {
                conversations.handOffToHuman(context.conversationId(), handoffReason(arguments));
                yield Map.of("handed_off", true);
            }
            case SEARCH -> {
                List<Found> found = search(text(arguments, "query"));
                if (found.isEmpty()) {
                    gaps.record(context.customerId(), context.conversationId(), text(arguments, "query"));
                }
                yield Map.of("results", found);
            }
            case FIND_SLOTS -> findSlots(arguments, context);
            case HOLD_SLOT -> holdSlot(arguments, context);
            case CONFIRM_BOOKING -> {
                BookingDesk.ChatBooking booking = bookings.confirmHeld(context.customerId());
                if (booking == null) {
                    throw new IllegalArgumentException("The customer holds no booking to confirm");
                }
                Map<String, Object> described = describe(booking);
                if (booking.awaitingPayment()) {
                    described.put("awaiting_payment", true);
                }
                yield described;
            }
            case JOIN_WAITLIST -> joinWaitlist(arguments, context);
            case CANCEL_BOOKING -> {
                BookingDesk.ChatBooking booking = bookings.cancelNext(context.customerId());
                if (booking == null) {
                    throw new IllegalArgumentException("The customer has no upcoming booking");
                }
                yield describe(booking);
            }
            case MY_BOOKINGS -> Map.of("bookings", bookings.upcoming(context.customerId()).stream().map(AgentTools::describe).toList());
            default -> throw new IllegalArgumentException("No tool named " + tool);
        };
    }

    /** Free slots, numbered; kept for the conversation so that the next turn can hold "option 2". */
    private Map<String, Object> findSlots(JsonNode arguments, TurnContext context) {
        if (!bookings.takesBookings()) {
            throw new IllegalArgumentException("This business takes no bookings in the chat");
        }
        if (bookings.barred(context.customerId())) {
            return Map.of("barred", true);
        }
        if (!bookings.roomForABooking()) {
            return Map.of("limit_reached", true);
        }
        String time = arguments.path("time").asString(null);
        LocalTime wanted = time == null || time.isBlank() ? null : LocalTime.parse(time);
        String day = arguments.path("day").asString(null);
        String type = arguments.path("type").asString(null);
        List<BookingDesk.Offer> offers = bookings.findSlots(day, wanted, arguments.path("part_of_day").asString(null),
                type, SLOTS_OFFERED);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("slots", offered(offers, context));
        if (wanted != null && offers.stream().noneMatch(offer -> offer.localTime().equals(wanted))) {
            // Remembered so that "waitlist" in the next turn knows which time to wait for.
            redis.opsForValue().set(wantedKey(context), (day == null ? "" : day) + "|" + wanted + "|" + (type == null ? "" : type),
                    OFFER_KEPT);
            answer.put("wanted_time", wanted.toString());
        }
        return answer;
    }

    /** Puts the customer in line for the time asked for now, or the one find_slots last could not offer. */
    private Map<String, Object> joinWaitlist(JsonNode arguments, TurnContext context) {
        if (!bookings.takesBookings()) {
            throw new IllegalArgumentException("This business takes no bookings in the chat");
        }
        if (bookings.barred(context.customerId())) {
            return Map.of("barred", true);
        }
        String day = arguments.path("day").asString(null);
        String time = arguments.path("time").asString(null);
        String type = arguments.path("type").asString(null);
        if (time == null || time.isBlank()) {
            String kept = redis.opsForValue().get(wantedKey(context));
            if (kept == null) {
                throw new IllegalArgumentException("Which day and time? Give day and time, or call find_slots first");
            }
            String[] parts = kept.split("\\|", -1);
            day = parts[0].isBlank() ? null : parts[0];
            time = parts[1];
            type = parts[2].isBlank() ? null : parts[2];
        }
        BookingDesk.Waiting waiting = bookings.joinWaitlist(context.customerId(), day, LocalTime.parse(time), type);
        if (waiting == null) {
            return Map.of("nothing_to_wait_for", true);
        }
        return Map.of("waitlist_id", waiting.entryId().toString(), "resource", waiting.resourceName(),
                "start", waiting.start().toString(), "day", waiting.localDay(), "time", waiting.localTime().toString(),
                "position", String.valueOf(waiting.position()));
    }

    private static String wantedKey(TurnContext context) {
        return "booking-wanted:" + context.companyId() + ":" + context.conversationId();
    }

    private Map<String, Object> holdSlot(JsonNode arguments, TurnContext context) {
        if (bookings.barred(context.customerId())) {
            return Map.of("barred", true);
        }
        if (!bookings.roomForABooking()) {
            return Map.of("limit_reached", true);
        }
        UUID resourceId;
        Instant start;
        if (arguments.hasNonNull("resource_id") && arguments.hasNonNull("start")) {
            resourceId = UUID.fromString(arguments.path("resource_id").asString());
            start = Instant.parse(arguments.path("start").asString());
        } else {
            String kept = redis.opsForValue().get(offerKey(context));
            int option = arguments.path("option").asInt(1);
            if (kept == null || option < 1 || option > kept.split(";").length) {
                throw new IllegalArgumentException("No such option; call find_slots first");
            }
            String[] chosen = kept.split(";")[option - 1].split(",");
            resourceId = UUID.fromString(chosen[0]);
            start = Instant.parse(chosen[1]);
        }
        BookingDesk.Held held = bookings.hold(context.customerId(), resourceId, start);
        if (held.booking() == null) {
            return Map.of("taken", true, "slots", offered(held.alternatives(), context));
        }
        Map<String, Object> described = describe(held.booking());
        described.put("hold_minutes", String.valueOf(Math.max(1,
                Duration.between(Instant.now(), held.booking().holdExpiresAt()).toMinutes() + 1)));
        return described;
    }

    /** The offers as the model reads them, remembered for the conversation (resource and start by option). */
    private List<Map<String, Object>> offered(List<BookingDesk.Offer> offers, TurnContext context) {
        if (offers.isEmpty()) {
            redis.delete(offerKey(context));
        } else {
            redis.opsForValue().set(offerKey(context), offers.stream().map(offer -> offer.resourceId() + "," + offer.start())
                    .reduce((a, b) -> a + ";" + b).orElseThrow(), OFFER_KEPT);
        }
        List<Map<String, Object>> described = new java.util.ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            BookingDesk.Offer offer = offers.get(i);
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("option", i + 1);
            slot.put("resource", offer.resourceName());
            slot.put("resource_id", offer.resourceId().toString());
            slot.put("start", offer.start().toString());
            slot.put("day", offer.localDay());
            slot.put("time", offer.localTime().toString());
            slot.put("price", Replies.money(offer.price(), offer.currency()));
            described.add(slot);
        }
        return described;
    }

    private static String offerKey(TurnContext context) {
        return "booking-offer:" + context.companyId() + ":" + context.conversationId();
    }

    /** A booking as the model (and the offline replies) read it. */
    static Map<String, Object> describe(BookingDesk.ChatBooking booking) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("booking_id", booking.id().toString());
        described.put("resource", booking.resourceName());
        described.put("start", booking.start().toString());
        described.put("day", booking.localDay());
        described.put("time", booking.localTime().toString());
        described.put("price", Replies.money(booking.price(), booking.currency()));
        described.put("status", booking.status().name());
        described.put("calendar_url", booking.calendarUrl() == null ? "" : booking.calendarUrl());
        if (booking.paymentLink() != null) {
            described.put("payment_link", booking.paymentLink());
        }
        return described;
    }

    /**
     * Only passages that reach the knowledge base's minimum score: when it does not know, the
     * agent hears nothing and asks the team.
     */
    private List<Found> search(String query) {
        return knowledge.search(new SearchRequest(query, SEARCH_RESULTS, SearchMode.HYBRID)).results().stream()
                .filter(Passage::relevant)
                .map(passage -> new Found(passage.text(), passage.source(), passage.score()))
                .toList();
    }

    /** A passage as the model reads it: its text, the title of its source, and how well it matches (0–1). */
    record Found(String text, String source, double score) {
    }

    private ProductView product(JsonNode arguments) {
        String id = text(arguments, "product_id");
        try {
            return catalog.find(UUID.fromString(id)).filter(ProductView::active)
                    .orElseThrow(() -> new IllegalArgumentException("No active product " + id));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No active product " + id);
        }
    }

    /** The reason in the model's words, led by its category when it gave one of {@link #HANDOFF_CATEGORIES}. */
    private static String handoffReason(JsonNode arguments) {
        String reason = text(arguments, "reason");
        String category = arguments.path("category").asString("").strip().toUpperCase(Locale.ROOT);
        return HANDOFF_CATEGORIES.contains(category) && HandoffReason.of(reason) != HandoffReason.valueOf(category)
                ? category + ": " + reason : reason;
    }

    private static String text(JsonNode arguments, String field) {
        String value = arguments.path(field).asString(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing argument " + field);
        }
        return value;
    }

    private static Map<String, Object> describe(ProductView product) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", product.id().toString());
        described.put("name", product.name());
        described.put("price", product.price().toPlainString());
        described.put("currency", product.currency());
        described.put("description", product.description() == null ? "" : product.description());
        return described;
    }
}
