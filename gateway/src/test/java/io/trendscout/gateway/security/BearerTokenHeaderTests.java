package io.trendscout.gateway.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenHeaderTests {

    @Test
    void readsTheTokenOfTheBearerScheme() {
        assertThat(BearerTokenHeader.token("Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln-_~+/")).isEqualTo("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln-_~+/");
        assertThat(BearerTokenHeader.token("bearer abc==")).isEqualTo("abc==");
    }

    @Test
    void rejectsWhatTheB64tokenGrammarDoesNot() {
        for (String malformed : new String[] {"Bearer", "Bearer ", "Bearerabc", "Bearer a b", "Bearer abc=def", "Bearer ==",
                "Bearer abc\r\nX-Admin: 1", "Bearer ab\"c", "Bearer abc,"}) {
            assertThat(BearerTokenHeader.token(malformed)).as(malformed).isNull();
        }
    }
}
