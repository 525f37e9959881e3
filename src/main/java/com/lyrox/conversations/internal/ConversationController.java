package com.lyrox.conversations.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.MessageView;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inbox: conversations, their messages, and taking over from the AI. */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "WhatsApp conversations, newest first; take over from the AI and reply as a person")
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** A reply written by a person. */
    record HumanReply(@Schema(example = "¡Hola! Soy Emilio, te escribo yo directamente.") @NotBlank
                      @Size(max = 4096, message = "must be at most 4096 characters") String text) {
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List conversations by last message, newest first")
    PageResponse<ConversationView> list(@ParameterObject @Valid PageQuery page,
                                        @RequestParam(required = false) ConversationStatus status,
                                        @RequestParam(required = false) String stage,
                                        @RequestParam(required = false) Boolean unread,
                                        @RequestParam(required = false) String search) {
        var pageable = page.toPageable(org.springframework.data.domain.Sort.unsorted());
        return conversations.list(status, stage, unread, search, pageable.getPageNumber(), pageable.getPageSize());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a conversation")
    ConversationView get(@PathVariable UUID id) {
        return conversations.get(id);
    }

    @GetMapping("/{id}/messages")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A conversation's messages, newest first; outbound ones with their delivery status")
    PageResponse<MessageView> messages(@PathVariable UUID id, @ParameterObject @Valid PageQuery page) {
        var pageable = page.toPageable(org.springframework.data.domain.Sort.unsorted());
        return conversations.messages(id, pageable.getPageNumber(), pageable.getPageSize());
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Reply as a person; the AI pauses in this conversation")
    MessageView reply(@PathVariable UUID id, @Valid @RequestBody HumanReply reply) {
        return conversations.reply(id, reply.text());
    }

    /** An approved WhatsApp template to send. */
    record TemplateMessage(@Schema(example = "seguimiento_plan") @NotBlank @Size(max = 512) String name,
                           @Schema(example = "es") @NotBlank @Size(max = 15) String language) {
    }

    @PostMapping("/{id}/template")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Send an approved template: reaches the customer after the 24-hour window closed")
    MessageView template(@PathVariable UUID id, @Valid @RequestBody TemplateMessage template) {
        return conversations.template(id, template.name(), template.language());
    }

    @PostMapping("/{id}/takeover")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Take over: the AI stops answering this conversation")
    ConversationView takeOver(@PathVariable UUID id) {
        return conversations.changeStatus(id, ConversationStatus.HUMAN_HANDLING, "Taken over by the team");
    }

    @PostMapping("/{id}/handback")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Hand the conversation back to the AI")
    ConversationView handBack(@PathVariable UUID id) {
        return conversations.changeStatus(id, ConversationStatus.AI_ACTIVE, "Handed back to the AI");
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Close the conversation; a new customer message opens it again")
    ConversationView close(@PathVariable UUID id) {
        return conversations.changeStatus(id, ConversationStatus.CLOSED, "Closed by the team");
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Mark every message as read")
    ConversationView markRead(@PathVariable UUID id) {
        return conversations.markRead(id);
    }
}
