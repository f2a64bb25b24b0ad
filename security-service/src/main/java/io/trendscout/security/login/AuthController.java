package io.trendscout.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import io.trendscout.security.shared.ClientAddresses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public sign-in endpoints: password, second factor, refresh, logout. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final LoginFlow login;
    private final Sessions sessions;
    private final ClientAddresses clients;

    AuthController(LoginFlow login, Sessions sessions, ClientAddresses clients) {
        this.login = login;
        this.sessions = sessions;
        this.clients = clients;
    }

    @PostMapping("/login")
    @ResponseStatus(HttpStatus.ACCEPTED)
    LoginChallenge login(@Valid @RequestBody Requests.Login request, HttpServletRequest http) {
        return login.login(request.email(), request.password(), clients.of(http));
    }

    @PostMapping("/verify-2fa")
    TokenResponse verify(@Valid @RequestBody Requests.SecondFactor request, HttpServletRequest http) {
        return login.verify(request.challengeId(), request.code(), clients.of(http), http.getHeader(HttpHeaders.USER_AGENT));
    }

    @PostMapping("/refresh")
    TokenResponse refresh(@Valid @RequestBody Requests.Refresh request, HttpServletRequest http) {
        return sessions.refresh(request.refreshToken(), clients.of(http));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody Requests.Refresh request, HttpServletRequest http) {
        sessions.logout(request.refreshToken(), clients.of(http));
    }
}
