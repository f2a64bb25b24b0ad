package io.trendscout.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpsUrlTests {

    private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Link(@HttpsUrl String url) {
    }

    record Target(@HttpsUrl URI uri) {
    }

    record Gallery(List<@HttpsUrl String> images) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "https://cdn.example.com/img/a.png?size=2&x=%20y#top",
            "HTTPS://Example.COM:8443/path", "https://[2001:db8::1]/x", "https://192.0.2.1/"})
    void acceptsAbsoluteHttpsUrls(String url) {
        assertThat(validator.validate(new Link(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "javascript:alert(1)", "data:image/png;base64,AAAA", "//example.com/x",
            "/relative/path", "example.com", "https:example.com", "https:///path", "https://user:pw@example.com/",
            "https://user@example.com", "https://exa mple.com", " https://example.com", "https://example.com/\n",
            "https://example.com/\u0000", "https://example.com/a\tb", "https://example.com/\u00a0", "ftp://example.com",
            "https://evil.com\\@good.com", "https://a_b/", ""})
    void refusesEverythingElse(String url) {
        Set<ConstraintViolation<Link>> violations = validator.validate(new Link(url));
        assertThat(violations).singleElement().satisfies(v -> assertThat(v.getMessage()).contains("https URL"));
    }

    @Test
    void refusesOverlongUrls() {
        String base = "https://example.com/";
        assertThat(validator.validate(new Link(base + "a".repeat(HttpsUrl.MAX_LENGTH - base.length())))).isEmpty();
        assertThat(validator.validate(new Link(base + "a".repeat(HttpsUrl.MAX_LENGTH - base.length() + 1)))).hasSize(1);
    }

    @Test
    void nullIsAllowed() {
        assertThat(validator.validate(new Link(null))).isEmpty();
        assertThat(validator.validate(new Target(null))).isEmpty();
    }

    @Test
    void checksUris() {
        assertThat(validator.validate(new Target(URI.create("https://example.com/x")))).isEmpty();
        assertThat(validator.validate(new Target(URI.create("http://example.com/x")))).hasSize(1);
        assertThat(validator.validate(new Target(URI.create("https://u@example.com/x")))).hasSize(1);
    }

    @Test
    void checksEachElementOfAList() {
        assertThat(validator.validate(new Gallery(List.of("https://example.com/a.png")))).isEmpty();
        assertThat(validator.validate(new Gallery(List.of("https://example.com/a.png", "http://example.com/b.png"))))
                .singleElement().satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("images[1].<list element>"));
    }
}
