package io.trendscout.product.shared;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of results. {@code nextCursor} is null on the last page; {@code totalCount} is only
 * computed where it is cheap (first page, capped) and is then a lower bound if
 * {@code totalCountIsLowerBound}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Slice<T>(List<T> items, String nextCursor, Long totalCount, Boolean totalCountIsLowerBound) {

    public static <T> Slice<T> of(List<T> items, String nextCursor) {
        return new Slice<>(items, nextCursor, null, null);
    }
}
