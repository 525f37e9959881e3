package com.lyrox.analytics.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The owner's assistant: questions about the company answered from its own figures. */
@RestController
@RequestMapping("/api/v1/assistant/messages")
@Tag(name = "Assistant", description = "Questions about the company's leads, sales and conversations, answered from its figures")
class AssistantController {

    /** A question, in Spanish, English or Portuguese. */
    @Schema(name = "AssistantQuestion")
    record Ask(@NotBlank @Size(max = 1000) @Schema(example = "¿cuántos prospectos nuevos esta semana?") String text) {
    }

    private final AssistantService assistant;
    private final AssistantMessages messages;

    AssistantController(AssistantService assistant, AssistantMessages messages) {
        this.assistant = assistant;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Ask a question; the answer names its numbers and links the customers or conversations behind them")
    AssistantService.Exchange ask(@Valid @RequestBody Ask ask) {
        requireUser();
        return assistant.ask(ask.text());
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The signed-in member's questions and answers, newest first")
    PageResponse<AssistantMessages.View> history(@ParameterObject @Valid PageQuery page) {
        Pageable pageable = page.toPageable(Sort.unsorted());
        return messages.of(requireUser(), pageable.getPageNumber(), pageable.getPageSize());
    }

    /** A conversation with the assistant belongs to a member: API keys have none. */
    private static java.util.UUID requireUser() {
        java.util.UUID user = AuthenticatedCaller.current().userId();
        if (user == null) {
            throw ApiProblem.forbidden("The assistant answers signed-in members, not API keys");
        }
        return user;
    }
}
