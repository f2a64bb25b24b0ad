package io.trendscout.security.keys;

import java.util.List;
import java.util.Map;

import io.trendscout.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins list the signing keys (public facts only) and rotate on demand, e.g. after a suspected leak. */
@RestController
@RequestMapping("/api/auth/admin/signing-keys")
@PreAuthorize("hasRole('ADMIN')")
class SigningKeyAdminController {

    private final SigningKeys keys;

    SigningKeyAdminController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    List<SigningKeys.KeyInfo> list() {
        return keys.list();
    }

    @PostMapping("/rotate")
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate("admin " + CurrentUser.id()));
    }
}
