package io.trendscout.launcher;

import java.util.List;
import java.util.Map;

/**
 * The administrator of a local platform: {@code up} makes {@code admin@trendscout.local} the
 * admin address unless {@code TRENDSCOUT_ADMIN_EMAILS} is set, and says how to sign in with it.
 */
final class LocalAdmin {

    static final String VARIABLE = "TRENDSCOUT_ADMIN_EMAILS";
    static final String DEFAULT_EMAIL = "admin@trendscout.local";

    private LocalAdmin() {
    }

    /** The admin addresses the services get: the caller's own setting if there is one. */
    static String emails(Map<String, String> environment) {
        String set = environment.get(VARIABLE);
        return set == null || set.isBlank() ? DEFAULT_EMAIL : set.strip();
    }

    /** The lines {@code up} prints: which address is admin and how to get an ADMIN token for it. */
    static List<String> howToSignIn(String emails, String gatewayUrl, String mailReaderUrl) {
        String email = emails.split(",")[0].strip();
        return List.of(
                "Admin:       " + email + " (" + VARIABLE + "=" + emails + ")",
                "  1. register it: curl -X POST " + gatewayUrl + "/api/auth/register -H 'Content-Type: application/json' "
                        + "-d '{\"email\":\"" + email + "\",\"password\":\"<12+ characters>\",\"firstName\":\"Admin\",\"locale\":\"en\"}'",
                "  2. the verification code is in the mail reader (" + mailReaderUrl + "): POST /api/auth/verify-email {email, code}",
                "  3. POST /api/auth/login {email, password}, then POST /api/auth/verify-2fa {challengeId, code from the mail reader}:",
                "     the access token carries the ADMIN role");
    }
}
