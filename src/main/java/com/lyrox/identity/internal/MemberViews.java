package com.lyrox.identity.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the members endpoints. */
final class MemberViews {

    private MemberViews() {
    }

    /** A member of the company; INVITED until a new user accepts the invitation. */
    @Schema(name = "Member")
    record Member(UUID userId, @Schema(example = "ana@example.com") String email,
                  @Schema(example = "Ana Ruiz") String name, @Schema(example = "AGENT") Role role,
                  @Schema(example = "ACTIVE") String status,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) Instant joinedAt) {
    }

    @Schema(name = "MemberInvite")
    record Invite(@Schema(example = "ana@example.com") @NotBlank @Email @Size(max = 255) String email,
                  @Schema(example = "AGENT") @NotNull Role role,
                  @Schema(example = "Ana Ruiz") @Size(max = 255) String name) {
    }

    /**
     * The new member; {@code inviteToken} (shown once) only when the person had no account:
     * they set their password with it at POST /api/v1/auth/accept-invite.
     */
    @Schema(name = "MemberInvited")
    record Invited(Member member, String inviteToken,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) Instant inviteExpiresAt) {
    }

    @Schema(name = "RoleChange")
    record RoleChange(@Schema(example = "ADMIN") @NotNull Role role) {
    }
}
