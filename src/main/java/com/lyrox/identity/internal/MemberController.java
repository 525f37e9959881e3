package com.lyrox.identity.internal;

import org.springdoc.core.annotations.ParameterObject;
import com.lyrox.platform.AuthenticatedCaller;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The people of the company and their roles. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Who works in the company, with which role; OWNER and ADMIN manage them")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List members, oldest first")
    PageResponse<MemberViews.Member> list(@ParameterObject @Valid PageQuery page) {
        return members.list(page.toPageable(Sort.by("createdAt")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Invite a person by email with a role; new people get an invitation token (shown once)")
    MemberViews.Invited invite(@Valid @RequestBody MemberViews.Invite request) {
        AuthenticatedCaller.current().requireUserId();
        return members.invite(request, AuthenticatedCaller.current().role());
    }

    @PatchMapping("/{userId}")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Change a member's role")
    MemberViews.Member changeRole(@PathVariable UUID userId, @Valid @RequestBody MemberViews.RoleChange request) {
        AuthenticatedCaller.current().requireUserId();
        return members.changeRole(userId, request.role(), AuthenticatedCaller.current().role());
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Remove a member; their sessions in this company end")
    void remove(@PathVariable UUID userId) {
        AuthenticatedCaller.current().requireUserId();
        members.remove(userId, AuthenticatedCaller.current().role());
    }
}
