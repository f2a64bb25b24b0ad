package io.trendscout.security.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import io.trendscout.security.shared.ClientAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public account endpoints: sign-up, email verification, resending the code, password reset. */
@RestController
@RequestMapping("/api/auth")
class RegistrationController {

    private final Registration registration;
    private final PasswordRecovery recovery;
    private final ClientAddresses clients;

    RegistrationController(Registration registration, PasswordRecovery recovery, ClientAddresses clients) {
        this.registration = registration;
        this.recovery = recovery;
        this.clients = clients;
    }

    @PostMapping("/register")
    ResponseEntity<Registration.Registered> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registration.register(request, clients.of(http)));
    }

    @PostMapping("/verify-email")
    Map<String, String> verifyEmail(@Valid @RequestBody Requests.EmailCode request, HttpServletRequest http) {
        registration.verify(request.email(), request.code(), clients.of(http));
        return Map.of("status", Account.ACTIVE);
    }

    @PostMapping("/resend-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> resendCode(@Valid @RequestBody Requests.EmailOnly request) {
        registration.resend(request.email());
        return Map.of("status", "sent if the account is waiting for verification");
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> requestReset(@Valid @RequestBody Requests.EmailOnly request) {
        recovery.request(request.email());
        return Map.of("status", "sent if an account exists");
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmReset(@Valid @RequestBody Requests.ResetConfirmation request, HttpServletRequest http) {
        recovery.confirm(request, clients.of(http));
    }
}
