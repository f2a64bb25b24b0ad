package io.trendscout.security.accounts;

import java.util.List;
import java.util.Map;

import io.trendscout.security.shared.Rejection;

/** Why an account operation was refused. */
abstract sealed class AccountRejected extends Rejection {

    AccountRejected(Kind kind, String type, String title, String detail) {
        super(kind, type, title, detail);
    }

    /**
     * A code sent with an email address was not accepted. Deliberately one answer whether the
     * code was wrong, expired or used up, the address is verified already or has no account.
     */
    static final class CodeNotAccepted extends AccountRejected {
        CodeNotAccepted() {
            super(Kind.INVALID, "code-invalid", "Invalid code",
                    "The code is not correct, has expired or was used up; request a new one");
        }
    }

    static final class WrongPassword extends AccountRejected {
        WrongPassword() {
            super(Kind.INVALID, "wrong-password", "Wrong password", "The current password is not correct");
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("errors", List.of(Map.of("field", "currentPassword", "message", "not correct")));
        }
    }

    /** The account signs in through an external issuer, which keeps its password. */
    static final class PasswordManagedExternally extends AccountRejected {
        PasswordManagedExternally() {
            super(Kind.CONFLICT, "password-managed-externally", "Password managed elsewhere",
                    "This account signs in through your organisation's identity provider; change the password there");
        }
    }

    /** The external identity collides with an account it is not linked to. */
    static final class IdentityConflict extends AccountRejected {
        IdentityConflict() {
            super(Kind.CONFLICT, "identity-conflict", "Identity conflict",
                    "This sign-in cannot be matched to an account; contact support");
        }
    }

    /** The password breaks the policy; names the field and the rule. */
    static final class WeakPassword extends AccountRejected {
        private final String field;
        private final String rule;

        WeakPassword(String field, String rule) {
            super(Kind.INVALID, "weak-password", "Password too weak", rule);
            this.field = field;
            this.rule = rule;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("errors", List.of(Map.of("field", field, "message", rule)));
        }
    }
}
