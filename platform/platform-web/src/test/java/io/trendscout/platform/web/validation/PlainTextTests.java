package io.trendscout.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTests {

    private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Note(@PlainText String text) {
    }

    record Tags(List<@PlainText String> tags) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Summer sale: 20% off & free shipping!", "line one\nline two\tindented",
            "Ümlauts, emoji \uD83D\uDE00 and quotes \"'"})
    void acceptsPlainText(String text) {
        assertThat(validator.validate(new Note(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a < b", "b > a",
            "bell\u0007", "null\u0000byte", "carriage\rreturn", "escape\u001b[31m", "del\u007f", "c1\u0085control"})
    void refusesMarkupAndControlCharacters(String text) {
        assertThat(validator.validate(new Note(text))).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("plain text"));
    }

    @Test
    void nullIsAllowed() {
        assertThat(validator.validate(new Note(null))).isEmpty();
    }

    @Test
    void checksEachElementOfAList() {
        assertThat(validator.validate(new Tags(List.of("summer", "<b>bold</b>")))).hasSize(1);
    }
}
