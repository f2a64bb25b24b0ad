package io.trendscout.security.login;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import io.trendscout.platform.security.CurrentUser;
import io.trendscout.security.shared.ClientAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own sessions (refresh-token families): list them, end one. */
@RestController
@RequestMapping("/api/users/me/sessions")
class SessionController {

    private final Sessions sessions;
    private final ClientAddresses clients;

    SessionController(Sessions sessions, ClientAddresses clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    @GetMapping
    List<Sessions.SessionView> list() {
        return sessions.list(CurrentUser.id(), currentSession());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id, HttpServletRequest http) {
        sessions.revoke(CurrentUser.id(), id, clients.of(http));
    }

    private static UUID currentSession() {
        String sid = CurrentUser.jwt().map(jwt -> jwt.getClaimAsString("sid")).orElse(null);
        try {
            return sid == null ? null : UUID.fromString(sid);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
