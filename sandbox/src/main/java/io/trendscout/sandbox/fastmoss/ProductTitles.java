package io.trendscout.sandbox.fastmoss;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Product titles as TikTok Shop sellers write them (brand, selling points, sizes, separators such
 * as ',' '|' '(' '%' and the occasional gift-keyword tail past 100 characters), and the series name
 * a title becomes in Trendscout.
 */
public final class ProductTitles {

    private static final List<String> BRANDS = List.of("Lumora", "Velvique", "Norday", "Kivo", "Brisa", "Oaklet",
            "Zenthra", "Pawlo", "Mirel", "Tavi", "Quenna", "Solvik", "Arlo & Fen", "Mossa", "Heyday", "Corvi");

    private static final Map<String, List<String>> NOUNS = Map.ofEntries(
            Map.entry("Beauty & Personal Care", List.of("Snail Mucin Serum", "Vitamin C Face Serum", "Lip Oil",
                    "Setting Spray", "Hydrating Toner", "Hair Growth Oil", "Sunscreen SPF 50", "Niacinamide Cream",
                    "Tinted Lip Balm", "Heatless Curling Rod", "Scalp Massager", "Peel-Off Lip Stain", "Blush Stick")),
            Map.entry("Home Supplies", List.of("Cloud Slides", "Cordless Mop", "Storage Baskets", "Shower Filter",
                    "Sunset Lamp", "Drawer Organizer", "Lint Remover", "Reed Diffuser", "Blackout Curtains",
                    "Cleaning Paste", "Vacuum Storage Bags", "Motion Sensor Lights")),
            Map.entry("Kitchenware", List.of("Stanley-Style Tumbler", "Glass Food Containers", "Knife Set",
                    "Silicone Baking Mats", "Vegetable Chopper", "Frother Wand", "Cast Iron Skillet", "Ice Cube Trays",
                    "Air Fryer Liners", "Pour Over Kettle", "Spice Jars", "Cutting Board")),
            Map.entry("Womenswear & Underwear", List.of("Seamless Bodysuit", "Wide Leg Trousers", "Ribbed Tank Top",
                    "Shapewear Shorts", "Maxi Skirt", "Oversized Hoodie", "Lace Bralette", "Linen Shirt",
                    "Flare Leggings", "Knit Cardigan", "Wrap Dress", "Cargo Pants")),
            Map.entry("Sports & Outdoor", List.of("Yoga Mat", "Resistance Bands", "Walking Pad", "Camping Lantern",
                    "Hydration Vest", "Grip Socks", "Adjustable Dumbbells", "Jump Rope", "Gym Bag", "Pickleball Paddle",
                    "Foam Roller", "Hiking Backpack")),
            Map.entry("Phones & Electronics", List.of("Magnetic Power Bank", "Wireless Earbuds", "Phone Tripod",
                    "Ring Light", "Clip Microphone", "Charging Station", "Phone Case", "Smart Watch Band",
                    "Bluetooth Speaker", "Screen Protector", "Car Phone Mount", "Mini Projector")),
            Map.entry("Pet Supplies", List.of("Lick Mat", "Cat Tree", "No-Pull Harness", "Pet Hair Remover",
                    "Self-Cleaning Slicker Brush", "Dog Water Bottle", "Calming Bed", "Cat Fountain", "Chew Toys",
                    "Poop Bag Holder", "Pet Camera", "Catnip Wall Balls")),
            Map.entry("Toys & Hobbies", List.of("Magnetic Tiles", "Fidget Set", "Diamond Painting Kit", "Plush Toy",
                    "Building Blocks", "Sensory Bin", "RC Stunt Car", "Crochet Kit", "Bubble Machine", "Puzzle 1000 Pieces",
                    "Slime Kit", "Mini Figure Blind Box")),
            Map.entry("Food & Beverages", List.of("Protein Bars", "Matcha Powder", "Freeze Dried Candy",
                    "Electrolyte Drink Mix", "Hot Honey", "Spicy Noodles", "Sea Moss Gel", "Cold Brew Concentrate",
                    "Gummy Bears", "Chili Crisp", "Collagen Coffee Creamer", "Dubai Chocolate Bar")),
            Map.entry("Health", List.of("Magnesium Gummies", "Posture Corrector", "Creatine Gummies",
                    "Mouth Tape", "Massage Gun", "Ashwagandha Capsules", "Knee Brace", "Heating Pad", "Probiotic Drops",
                    "Nasal Strips", "Eye Mask", "Acupressure Mat")),
            Map.entry("Fashion Accessories", List.of("Claw Clips", "Crossbody Bag", "Gold Hoop Earrings",
                    "Bucket Hat", "Silk Scrunchies", "Layered Necklace", "Sunglasses", "Belt Bag", "Hair Bows",
                    "Charm Bracelet", "Beanie", "Tote Bag")),
            Map.entry("Household Appliances", List.of("Mini Fridge", "Portable Blender", "Steam Iron",
                    "Humidifier", "Air Purifier", "Handheld Vacuum", "Milk Frother", "Waffle Maker", "Ice Maker",
                    "Electric Kettle", "Garment Steamer", "Desk Fan")));

    private static final List<String> SELLING_POINTS = List.of("Long-Lasting", "Viral", "Upgraded", "Portable",
            "Premium", "Lightweight", "2-in-1", "Travel Size", "Soft", "Eco", "Heavy Duty", "Mini", "XL", "Quiet");

    private static final List<String> EXTRAS = List.of(", 2-Pack", " | Gift Set", " (3 Colors)", ", 500ml",
            " - 100% Natural", " | Bestseller", ", Pack of 4", " (New 2026)", " / Unisex", ", 30 Count", "",
            " | Free Gift Inside", ", Family Size", " - Korean Style");

    private static final String GIFT_TAIL = " - Perfect Gift for Women Men Teens Mom Dad, Birthday Christmas Valentines Day Anniversary Ideas";

    private ProductTitles() {
    }

    /** A new title in the category whose series name is not yet in {@code taken} (the name is added to it). */
    static String next(Random random, MarketCategory category, Set<String> taken) {
        List<String> nouns = NOUNS.get(category.name());
        while (true) {
            String title = BRANDS.get(random.nextInt(BRANDS.size())) + " "
                    + SELLING_POINTS.get(random.nextInt(SELLING_POINTS.size())) + " "
                    + nouns.get(random.nextInt(nouns.size()))
                    + EXTRAS.get(random.nextInt(EXTRAS.size()))
                    + (random.nextInt(20) == 0 ? GIFT_TAIL : "");
            if (taken.add(seriesName(title))) {
                return title;
            }
        }
    }

    /**
     * The name a product title has as a Trendscout series (the FastMoss connector of trend-service
     * does exactly this): characters other than letters, digits, space, '_', '.', ''', '&', '+' and
     * '-' become spaces, runs of spaces one, trimmed, lower case, at most 100 characters.
     */
    public static String seriesName(String title) {
        String cleaned = title.replaceAll("[^\\p{L}\\p{N}_ .'&+-]", " ").replaceAll("\\s+", " ").trim()
                .toLowerCase(Locale.ROOT);
        return cleaned.length() > 100 ? cleaned.substring(0, 100).trim() : cleaned;
    }
}
