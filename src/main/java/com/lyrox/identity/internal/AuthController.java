package com.lyrox.identity.internal;

import com.lyrox.identity.Session;
import com.lyrox.identity.SignUpRequest;
import com.lyrox.platform.AuthenticatedCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, login, token refresh, logout, company switch and accepting an invitation. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Sessions: a 15-minute access token and a single-use refresh token")
class AuthController {

    private final AuthService auth;
    private final RefreshService refresh;
    private final MemberService members;

    AuthController(AuthService auth, RefreshService refresh, MemberService members) {
        this.auth = auth;
        this.refresh = refresh;
        this.members = members;
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Create an account and its company; you become its OWNER")
    Session signUp(@Valid @RequestBody SignUpRequest request) {
        return auth.signUp(request);
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in; after 5 failures for an email within 15 minutes the answer is 429")
    Session login(@Valid @RequestBody AuthRequests.Login request, HttpServletRequest http) {
        return auth.login(request, http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Trade a refresh token for a new session; a reused token ends every session of its sign-in")
    Session refresh(@Valid @RequestBody AuthRequests.Refresh request) {
        return refresh.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(summary = "End the sign-in the refresh token belongs to")
    void logout(@Valid @RequestBody AuthRequests.Refresh request) {
        refresh.logout(request.refreshToken());
    }

    @PostMapping("/switch")
    @Operation(summary = "Get a session for another company you belong to")
    Session switchCompany(@Valid @RequestBody AuthRequests.SwitchCompany request) {
        return auth.switchCompany(AuthenticatedCaller.current().requireUserId(), request.companyId());
    }

    @PostMapping("/accept-invite")
    @SecurityRequirements
    @Operation(summary = "Join a company with an invitation token: set your name and password")
    Session acceptInvite(@Valid @RequestBody AuthRequests.AcceptInvite request) {
        return members.acceptInvitation(request);
    }
}
