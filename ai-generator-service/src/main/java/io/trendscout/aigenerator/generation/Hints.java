package io.trendscout.aigenerator.generation;

import java.util.List;

/** Optional caller hints: the account's best posting hours (0-23), e.g. from its analytics. */
public record Hints(List<Integer> postingHours) {

    public static final Hints NONE = new Hints(List.of());

    public Hints {
        postingHours = postingHours == null ? List.of() : postingHours.stream().distinct().sorted().limit(5).toList();
    }
}
