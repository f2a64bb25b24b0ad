package io.trendscout.product.catalog.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.Supplier;
import io.trendscout.product.catalog.TikTokShop;

/**
 * Generates the demo catalog from a fixed seed: the same products with the same ids on every
 * start, so loading it is idempotent. Names in English, some descriptions in German.
 */
final class DemoCatalog {

    static final int PER_NICHE = 30;
    private static final long SEED = 20260101L;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    record DemoProduct(UUID id, ProductDraft draft, Instant createdAt, long views, long saves, BigDecimal conversionRate,
            BigDecimal rating, int trendScore, String level, String direction, List<String> hashtags) {
    }

    private record Niche(String name, List<String> categories, List<String> items, List<String> tags, int minPrice,
            int maxPrice) {
    }

    private static final List<Niche> NICHES = List.of(
            new Niche("fitness", List.of("sports", "fitness equipment"), List.of("Yoga Mat", "Resistance Bands Set",
                    "Adjustable Dumbbell", "Massage Gun", "Jump Rope", "Foam Roller", "Ab Roller Wheel", "Pull-up Bar",
                    "Running Belt", "Smart Water Bottle"), List.of("fitness", "gym", "workout", "gymtok", "homeworkout"), 9, 129),
            new Niche("beauty", List.of("cosmetics", "skincare"), List.of("Vitamin C Serum", "Jade Face Roller",
                    "LED Face Mask", "Lip Oil", "Heatless Curling Ribbon", "Ice Roller", "Hair Growth Oil",
                    "Nail Art Kit", "Brow Lamination Kit", "Blackhead Remover"), List.of("beauty", "skincare",
                    "makeup", "beautytok", "glowup"), 7, 89),
            new Niche("home", List.of("home & living", "decor"), List.of("Sunset Lamp", "LED Strip Lights",
                    "Galaxy Projector", "Cloud Diffuser", "Floating Shelf", "Moon Lamp", "Cordless Lint Remover",
                    "Magnetic Curtain Tiebacks", "Velvet Cushion Cover", "Motion Sensor Night Light"),
                    List.of("home", "homedecor", "roomdecor", "aesthetic", "cozy"), 8, 79),
            new Niche("kitchen", List.of("kitchen", "household"), List.of("Mini Waffle Maker", "Electric Milk Frother",
                    "Vegetable Chopper", "Portable Blender", "Silicone Stretch Lids", "Oil Sprayer Bottle",
                    "Ice Cube Tray", "Bento Lunch Box", "Garlic Press Roller", "Digital Kitchen Scale"),
                    List.of("kitchen", "kitchengadgets", "cooking", "foodtok", "mealprep"), 6, 69),
            new Niche("tech", List.of("electronics", "accessories"), List.of("Magnetic Phone Mount", "Wireless Earbuds",
                    "Ring Light", "Mini Projector", "Phone Camera Lens", "Wireless Charging Pad", "Bluetooth Tracker",
                    "Mechanical Keyboard", "Selfie Stick Tripod", "Power Bank 20000mAh"),
                    List.of("tech", "gadgets", "techtok", "setup", "smartphone"), 12, 199),
            new Niche("pets", List.of("pet supplies"), List.of("Self-cleaning Cat Brush", "Dog Paw Cleaner",
                    "Interactive Cat Toy", "Lick Mat", "Pet Hair Remover", "Automatic Pet Feeder", "Dog Car Seat Cover",
                    "Cat Window Perch", "Slow Feeder Bowl", "Pet Water Fountain"),
                    List.of("pets", "dogsoftiktok", "catsoftiktok", "petlover", "puppy"), 7, 99),
            new Niche("fashion", List.of("clothing", "accessories"), List.of("Oversized Hoodie", "Claw Clip Set",
                    "Crossbody Bag", "Seamless Leggings", "Bucket Hat", "Chunky Sneakers", "Layered Necklace",
                    "Cargo Pants", "Silk Scrunchies", "Blue Light Glasses"),
                    List.of("fashion", "ootd", "style", "outfit", "fashiontok"), 8, 119),
            new Niche("outdoor", List.of("outdoor", "travel"), List.of("Camping Lantern", "Portable Hammock",
                    "Collapsible Water Bottle", "Solar Power Bank", "Packing Cubes", "Travel Neck Pillow",
                    "Waterproof Phone Pouch", "Mini Camping Stove", "Hiking Backpack", "Insulated Tumbler"),
                    List.of("outdoor", "camping", "travel", "hiking", "vanlife"), 9, 149),
            new Niche("baby", List.of("baby", "kids"), List.of("Silicone Bib Set", "White Noise Machine",
                    "Baby Food Maker", "Sensory Toy Board", "Teething Ring", "Portable Bottle Warmer",
                    "Baby Carrier Wrap", "Bath Thermometer Toy", "Night Feeding Lamp", "Stroller Organizer"),
                    List.of("baby", "momtok", "parenting", "newborn", "toddler"), 8, 99),
            new Niche("health", List.of("health", "wellness"), List.of("Posture Corrector", "Acupressure Mat",
                    "Blue Light Sleep Mask", "Electric Heating Pad", "Smart Pill Organizer", "Neck Massager",
                    "Weighted Blanket", "Mouth Tape Strips", "Red Light Wand", "Eye Massager"),
                    List.of("health", "wellness", "selfcare", "sleep", "healthtok"), 9, 139));

    private static final List<String> VARIANTS = List.of("Pro", "Mini", "Deluxe", "Eco", "XL", "Smart", "2.0", "Classic");
    private static final List<String> LEVELS = List.of("low", "medium", "high");
    private static final List<String> DIRECTIONS = List.of("rising", "stable", "falling");

    private DemoCatalog() {
    }

    static List<DemoProduct> generate() {
        Random random = new Random(SEED);
        List<DemoProduct> products = new ArrayList<>();
        for (Niche niche : NICHES) {
            for (int i = 0; i < PER_NICHE; i++) {
                String item = niche.items().get(i % niche.items().size());
                String variant = VARIANTS.get(random.nextInt(VARIANTS.size()));
                String name = i < niche.items().size() ? item : item + " " + variant;
                products.add(product(random, niche, name, products.size()));
            }
        }
        return products;
    }

    private static DemoProduct product(Random random, Niche niche, String name, int index) {
        UUID id = UUID.nameUUIDFromBytes(("trendscout-demo-" + index).getBytes(StandardCharsets.UTF_8));
        BigDecimal retail = BigDecimal.valueOf(niche.minPrice() + random.nextInt(niche.maxPrice() - niche.minPrice()))
                .add(new BigDecimal("0.99"));
        BigDecimal cost = retail.multiply(BigDecimal.valueOf(0.25 + random.nextDouble() * 0.2)).setScale(2, RoundingMode.HALF_UP);
        String currency = random.nextInt(10) == 0 ? "USD" : "EUR";
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        List<String> tags = new ArrayList<>(List.of(niche.tags().get(random.nextInt(niche.tags().size())),
                niche.tags().get(random.nextInt(niche.tags().size())), "tiktokmademebuyit",
                name.toLowerCase().replaceAll("[^a-z0-9]", "")));
        boolean onTikTok = random.nextInt(3) > 0;
        String description = random.nextBoolean()
                ? "The viral " + name.toLowerCase() + " everyone on TikTok is talking about. Great for " + niche.name()
                        + " lovers, ships in days."
                : "Das virale Produkt aus dem Bereich " + niche.name() + ": " + name + ". Beliebt bei TikTok-Nutzern, "
                        + "schneller Versand aus Europa.";
        ProductDraft draft = new ProductDraft(name, description,
                List.of("https://images.trendscout.io/demo/" + slug + "-" + index + ".jpg"), niche.categories(),
                niche.name(), tags, new Price(cost, retail, currency),
                new Supplier(random.nextBoolean() ? "CJ Dropshipping" : "EU Fulfilment GmbH", "https://supplier.example/" + slug,
                        2 + random.nextInt(12), BigDecimal.valueOf(random.nextInt(6)).add(new BigDecimal("0.90"))),
                new TikTokShop(onTikTok, onTikTok ? "https://shop.tiktok.com/view/product/" + (1_700_000_000L + index) : null,
                        onTikTok ? String.valueOf(1_700_000_000L + index) : null));
        int score = random.nextInt(101);
        String level = score >= 70 ? LEVELS.get(2) : score >= 40 ? LEVELS.get(1) : LEVELS.get(0);
        Instant created = EPOCH.minus(Duration.ofHours(random.nextInt(24 * 120)));
        long views = random.nextInt(500_000);
        return new DemoProduct(id, draft, created, views, views / (20 + random.nextInt(80)),
                BigDecimal.valueOf(random.nextInt(800), 4), BigDecimal.valueOf(300 + random.nextInt(200), 2), score, level,
                DIRECTIONS.get(random.nextInt(3)), List.of(niche.tags().get(0), niche.tags().get(3)));
    }
}
