package io.trendscout.platform.web.validation;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HttpsUrl} on text (public: Bean Validation instantiates it outside Spring too). */
public class HttpsUrlValidator implements ConstraintValidator<HttpsUrl, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isHttpsUrl(value.toString());
    }

    static boolean isHttpsUrl(String value) {
        if (value.isEmpty() || value.length() > HttpsUrl.MAX_LENGTH
                || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.isISOControl(c))) {
            return false;
        }
        try {
            return isHttpsUri(new URI(value));
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    static boolean isHttpsUri(URI uri) {
        // a registry-based authority (e.g. "a_b") or a parse ambiguity leaves the host null: refused
        return "https".equalsIgnoreCase(uri.getScheme()) && !uri.isOpaque()
                && uri.getHost() != null && !uri.getHost().isEmpty()
                && uri.getRawUserInfo() == null && !uri.getRawAuthority().contains("@");
    }
}
