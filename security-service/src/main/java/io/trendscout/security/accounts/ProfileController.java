package io.trendscout.security.accounts;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import io.trendscout.platform.security.CurrentUser;
import io.trendscout.security.shared.ClientAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account; the id always comes from the token, never from the request (a
 * Keycloak user's account is provisioned on the first call, see {@link Callers}).
 */
@RestController
@RequestMapping("/api/users/me")
class ProfileController {

    private final Profiles profiles;
    private final AccountErasure erasure;
    private final ClientAddresses clients;
    private final Callers callers;

    ProfileController(Profiles profiles, AccountErasure erasure, ClientAddresses clients, Callers callers) {
        this.profiles = profiles;
        this.erasure = erasure;
        this.clients = clients;
        this.callers = callers;
    }

    @GetMapping
    Profile me() {
        return profiles.get(callers.accountId());
    }

    @PutMapping
    Profile update(@Valid @RequestBody ProfileUpdate update) {
        return profiles.update(callers.accountId(), update);
    }

    @PostMapping("/merchant")
    Profile becomeMerchant() {
        return profiles.becomeMerchant(callers.accountId());
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody Requests.PasswordChange change, HttpServletRequest http) {
        profiles.changePassword(callers.accountId(), currentSession(), change, clients.of(http));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete() {
        erasure.erase(callers.accountId());
    }

    private static UUID currentSession() {
        String sid = CurrentUser.jwt().map(jwt -> jwt.getClaimAsString("sid")).orElse(null);
        try {
            return sid == null ? null : UUID.fromString(sid);
        } catch (IllegalArgumentException notOurs) {
            return null; // e.g. a Keycloak session id
        }
    }
}
