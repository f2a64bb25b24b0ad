package io.trendscout.product.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoCatalogTests {

    @Test
    void isTheSameLargeVariedCatalogOnEveryStart() {
        List<DemoCatalog.DemoProduct> first = DemoCatalog.generate();
        List<DemoCatalog.DemoProduct> second = DemoCatalog.generate();
        assertThat(first).hasSize(300).isEqualTo(second);
        assertThat(new HashSet<>(first.stream().map(DemoCatalog.DemoProduct::id).toList())).hasSize(300);
        assertThat(first.stream().map(p -> p.draft().primaryNiche()).collect(Collectors.toSet())).hasSize(10);
        assertThat(first).allSatisfy(p -> {
            assertThat(p.draft().price().recommendedRetail()).isPositive();
            assertThat(p.draft().price().cost()).isLessThan(p.draft().price().recommendedRetail());
            assertThat(p.trendScore()).isBetween(0, 100);
        });
    }
}
