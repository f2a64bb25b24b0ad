package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import io.trendscout.product.shared.InvalidCursor;
import io.trendscout.product.shared.PageCursor;
import org.junit.jupiter.api.Test;

class PageCursorTests {

    @Test
    void roundTripsAndIsBoundToItsQuery() {
        PageCursor cursor = new PageCursor("price", "abc123", "19.99", UUID.randomUUID());
        PageCursor decoded = PageCursor.decode(cursor.encode());
        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.requireFor("price", "abc123")).isEqualTo(cursor);
        assertThatThrownBy(() -> decoded.requireFor("newest", "abc123")).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> decoded.requireFor("price", "other")).isInstanceOf(InvalidCursor.class);
    }

    @Test
    void rejectsAnythingElse() {
        for (String bad : new String[] {"", "%%%", "bm90IGEgY3Vyc29y", "x".repeat(600)}) {
            assertThatThrownBy(() -> PageCursor.decode(bad)).as(bad).isInstanceOf(InvalidCursor.class);
        }
    }
}
