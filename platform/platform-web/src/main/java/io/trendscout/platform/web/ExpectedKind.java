package io.trendscout.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.util.ClassUtils;

/** Says in words what a value that failed conversion should have been: "must be a number", never a Java type. */
final class ExpectedKind {

    private ExpectedKind() {
    }

    static String mustBe(Class<?> type) {
        return "must be " + of(type);
    }

    private static String of(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class
                || boxed == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(boxed) || boxed == BigDecimal.class) {
            return "a number";
        }
        if (boxed == Boolean.class) {
            return "true or false";
        }
        if (boxed == UUID.class) {
            return "a UUID";
        }
        if (boxed.isEnum()) {
            return "one of " + Arrays.stream(boxed.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (boxed == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (boxed == Instant.class || boxed == OffsetDateTime.class || boxed == ZonedDateTime.class) {
            return "a date and time with offset (ISO 8601, e.g. 2026-01-31T12:00:00Z)";
        }
        if (boxed == LocalDateTime.class) {
            return "a date and time (ISO 8601, e.g. 2026-01-31T12:00:00)";
        }
        if (boxed == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (boxed == Duration.class) {
            return "a duration (ISO 8601, e.g. PT15M)";
        }
        if (boxed == String.class || boxed == Character.class) {
            return "text";
        }
        if (boxed.isArray() || Collection.class.isAssignableFrom(boxed)) {
            return "a list";
        }
        return "a valid value";
    }
}
