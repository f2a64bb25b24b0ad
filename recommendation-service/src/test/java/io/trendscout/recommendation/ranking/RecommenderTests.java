package io.trendscout.recommendation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RecommenderTests {

    static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    final Recommender recommender = new Recommender(Weights.DEFAULT);

    static Product product(int n, String niche, String category, int trend, double price) {
        return new Product(new UUID(7, n), "P" + n, niche, List.of(category), List.of("tag-" + category), price, "EUR",
                trend, "rising", null);
    }

    static Interaction saved(UUID user, Product p, int minute) {
        return new Interaction(user, p.id(), Interaction.Kind.SAVED, T0.plusSeconds(60L * minute));
    }

    /** Fitness 1-10 (two categories), beauty 11-20, kitchen 21-30; users co-save 1..3 and 11..13. */
    static List<Product> catalog() {
        List<Product> products = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            String niche = n <= 10 ? "fitness" : n <= 20 ? "beauty" : "kitchen";
            products.add(product(n, niche, niche + (n % 2), 30 + n, 5 + n));
        }
        return products;
    }

    Model model(List<Product> products, List<Interaction> interactions) {
        return new ModelTrainer(20).train(products, interactions, Map.of(), 3, T0);
    }

    @Test
    void unknownUserGetsTrendingProductsOfTheirNiches() {
        Model model = model(catalog(), List.of());
        List<Recommendation> recs = recommender.recommend(model, UserHistory.of(List.of(), Set.of("Beauty")), Query.top(5));
        assertThat(recs).hasSize(5).allSatisfy(r -> {
            assertThat(r.product().niche()).isEqualTo("beauty");
            assertThat(r.explanation()).isEqualTo("trending in beauty");
        });
    }

    @Test
    void statedNichesKeepTheUsersOrderForTheTopNiches() {
        Model model = model(catalog(), List.of());
        var niches = new java.util.LinkedHashSet<>(List.of("kitchen", "zoo", "beauty", "art", "fitness"));
        assertThat(Profile.of(model, UserHistory.of(List.of(), niches)).topNiches(3))
                .containsExactly("kitchen", "zoo", "beauty");
    }

    @Test
    void unknownUserWithoutNichesGetsTrendingOverall() {
        List<Recommendation> recs = recommender.recommend(model(catalog(), List.of()), UserHistory.EMPTY, Query.top(3));
        assertThat(recs).hasSize(3);
        assertThat(recs.getFirst().explanation()).startsWith("trending in");
    }

    @Test
    void savedProductsDriveCollaborativeNeighboursWithAReason() {
        List<Product> products = catalog();
        List<Interaction> interactions = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            UUID user = new UUID(9, u);
            interactions.add(saved(user, products.get(0), 1));
            interactions.add(saved(user, products.get(24), 2));
        }
        Model model = model(products, interactions);
        UUID me = new UUID(9, 999);
        UserHistory history = UserHistory.of(List.of(saved(me, products.get(0), 3)), Set.of());
        List<Recommendation> recs = recommender.recommend(model, history, Query.top(10));
        assertThat(recs).extracting(r -> r.product().id()).doesNotContain(products.get(0).id());
        assertThat(recs.getFirst().product().id()).isEqualTo(products.get(24).id());
        assertThat(recs.getFirst().explanation()).isEqualTo("similar to P1 you saved");
        assertThat(recs.getFirst().basedOn()).isEqualTo(products.get(0).id());
    }

    @Test
    void unsavingTakesTheSignalBack() {
        UUID me = UUID.randomUUID();
        Product p = catalog().getFirst();
        UserHistory history = UserHistory.of(List.of(saved(me, p, 1),
                new Interaction(me, p.id(), Interaction.Kind.UNSAVED, T0.plusSeconds(600))), Set.of());
        assertThat(history.isEmpty()).isTrue();
    }

    @Test
    void filtersNichePriceRangeAndStock() {
        List<Product> products = new ArrayList<>(catalog());
        products.add(new Product(new UUID(7, 99), "Sold out", "fitness", List.of("fitness1"), List.of(), 10.0, "EUR",
                100, "rising", false));
        Model model = model(products, List.of());
        List<Recommendation> recs = recommender.recommend(model, UserHistory.EMPTY, new Query(50, "fitness", 8.0, 12.0));
        assertThat(recs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.product().niche()).isEqualTo("fitness");
            assertThat(r.product().price()).isBetween(8.0, 12.0);
            assertThat(r.product().inStock()).isNotEqualTo(false);
        });
    }

    @Test
    void diversityCapsOneCategory() {
        List<Product> products = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            products.add(product(n, "fitness", "mats", 90, 10));
        }
        for (int n = 21; n <= 30; n++) {
            products.add(product(n, "fitness", n % 2 == 0 ? "bottles" : "bands", 10, 10));
        }
        List<Recommendation> recs = recommender.recommend(model(products, List.of()),
                UserHistory.of(List.of(), Set.of("fitness")), Query.top(10));
        assertThat(recs).hasSize(10);
        assertThat(recs.stream().filter(r -> r.product().categories().contains("mats")).count()).isEqualTo(4);
    }

    @Test
    void emptyCatalogGivesEmptyLists() {
        Model empty = model(List.of(), List.of(saved(UUID.randomUUID(), catalog().getFirst(), 1)));
        assertThat(recommender.recommend(empty, UserHistory.EMPTY, Query.top(10))).isEmpty();
        assertThat(recommender.recommend(Model.empty(), UserHistory.EMPTY, Query.top(10))).isEmpty();
    }

    @Test
    void interactionsOnDeletedProductsAreIgnored() {
        Product gone = product(500, "fitness", "mats", 50, 10);
        UUID user = UUID.randomUUID();
        Model model = model(catalog(), List.of(saved(user, gone, 1), saved(user, catalog().getFirst(), 2)));
        assertThat(model.contains(gone.id())).isFalse();
        List<Recommendation> recs = recommender.recommend(model,
                UserHistory.of(List.of(saved(user, gone, 1)), Set.of()), Query.top(5));
        assertThat(recs).hasSize(5).noneMatch(r -> r.product().id().equals(gone.id()));
    }

    @Test
    void similarProductsOfAnUnknownProductAreAbsentAndOfAKnownOneShareItsNiche() {
        Model model = model(catalog(), List.of());
        assertThat(recommender.similar(model, UUID.randomUUID(), Query.top(5))).isEmpty();
        List<Recommendation> similar = recommender.similar(model, catalog().get(2).id(), Query.top(3)).orElseThrow();
        assertThat(similar).hasSize(3).allSatisfy(r -> {
            assertThat(r.product().niche()).isEqualTo("fitness");
            assertThat(r.product().id()).isNotEqualTo(catalog().get(2).id());
            assertThat(r.explanation()).isNotBlank();
        });
    }

    @Test
    void newProductWithoutInteractionsIsReachedByContentAndTrend() {
        List<Product> products = new ArrayList<>(catalog());
        Product fresh = new Product(new UUID(7, 77), "Fresh", "kitchen", List.of("kitchen1"), List.of("tag-kitchen1"),
                26.0, "EUR", 100, "rising", null);
        products.add(fresh);
        UUID user = UUID.randomUUID();
        List<Interaction> interactions = List.of(saved(user, products.get(20), 1), saved(user, products.get(22), 2));
        Model model = model(products, interactions);
        List<Recommendation> recs = recommender.recommend(model, UserHistory.of(interactions, Set.of()), Query.top(5));
        assertThat(recs).extracting(r -> r.product().id()).contains(fresh.id());
    }
}
