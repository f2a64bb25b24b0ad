package io.trendscout.sandbox.world;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Word lists and the deterministic name makers of the simulated TikTok market (hashtags, sounds, creators). */
final class Names {

    /** Hashtag stems per category; a category's hashtags are stems alone and stems with a suffix. */
    static final Map<String, List<String>> STEMS = Map.ofEntries(
            Map.entry("beauty", List.of("makeup", "lipcombo", "blush", "brows", "lashes", "contour", "grwm", "nailart")),
            Map.entry("skincare", List.of("skincare", "spf", "retinol", "serum", "acne", "moisturizer", "kbeauty", "toner")),
            Map.entry("fitness", List.of("gym", "pilates", "homeworkout", "running", "glutes", "yoga", "mobility", "hiit")),
            Map.entry("home", List.of("homedecor", "cleantok", "organize", "cozyroom", "rental", "diyhome", "laundry", "plants")),
            Map.entry("kitchen", List.of("kitchen", "airfryer", "mealprep", "baking", "coffee", "gadget", "cooking", "knife")),
            Map.entry("fashion", List.of("ootd", "thrift", "denim", "sneakers", "capsule", "streetwear", "haul", "styling")),
            Map.entry("tech", List.of("tech", "desksetup", "iphone", "gaming", "headphones", "smarthome", "android", "keyboard")),
            Map.entry("pets", List.of("dogsoftiktok", "catsoftiktok", "puppy", "petcare", "dogtraining", "kitten", "aquarium", "petfood")),
            Map.entry("food", List.of("foodie", "recipe", "streetfood", "snack", "dessert", "brunch", "ramen", "vegan")),
            Map.entry("toys", List.of("toys", "lego", "plush", "boardgame", "puzzle", "collectible", "rccar", "craftkit")));

    static final List<String> SUFFIXES = List.of("tok", "hack", "routine", "finds", "tips", "check", "goals", "review", "2026",
            "haul", "ideas", "inspo");

    private static final List<String> SONG_WORDS = List.of("Midnight", "Velvet", "Static", "Lemonade", "Orbit", "Honey",
            "Satellite", "Paper", "Golden", "Neon", "Summer", "Echo", "Wildfire", "Sugar", "Moonlight", "Gravity", "Silver",
            "Highway", "Daydream", "Ocean", "Bloom", "Electric", "Cinnamon", "Runaway", "Crystal", "Thunder", "Polaroid",
            "Cherry", "Lullaby", "Disco");
    private static final List<String> VERSIONS = List.of("", "", " (sped up)", " (slowed + reverb)", " (remix)", " (acoustic)");
    private static final List<String> FIRST = List.of("mia", "leo", "zoe", "kai", "ava", "noah", "luna", "eli", "ivy", "max",
            "nora", "sam", "ella", "theo", "lily", "finn", "maya", "jade", "omar", "ruby", "lucas", "emma", "hugo", "sofia",
            "matteo", "clara", "diego", "lea", "jonas", "ines");
    private static final List<String> LAST = List.of("Vale", "Quinn", "Fox", "Park", "Amari", "Brasco", "Rae", "Moreau",
            "Okafor", "Lind", "Castell", "Ito", "Navarro", "Stone", "Weber", "Rossi");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}_ .'&+-]");

    private Names() {
    }

    /** About {@code perCategory} hashtags of each category, in a deterministic order. */
    static Map<String, List<String>> hashtags(SplittableRandom random, int perCategory, Set<String> taken) {
        Map<String, List<String>> byCategory = new java.util.TreeMap<>();
        for (var entry : new java.util.TreeMap<>(STEMS).entrySet()) {
            Set<String> names = new LinkedHashSet<>();
            for (String stem : entry.getValue()) {
                if (!taken.contains(stem)) {
                    names.add(stem);
                }
            }
            while (names.size() < perCategory) {
                String stem = entry.getValue().get(random.nextInt(entry.getValue().size()));
                String name = stem + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
                if (!taken.contains(name)) {
                    names.add(name);
                }
            }
            taken.addAll(names);
            byCategory.put(entry.getKey(), new ArrayList<>(names));
        }
        return byCategory;
    }

    static String songTitle(SplittableRandom random) {
        String first = SONG_WORDS.get(random.nextInt(SONG_WORDS.size()));
        String second = SONG_WORDS.get(random.nextInt(SONG_WORDS.size()));
        String artist = capitalize(FIRST.get(random.nextInt(FIRST.size()))) + " " + LAST.get(random.nextInt(LAST.size()));
        return first + " " + second + VERSIONS.get(random.nextInt(VERSIONS.size())) + " - " + artist;
    }

    static String username(SplittableRandom random, String category) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        List<String> stems = STEMS.get(category);
        String stem = stems.get(random.nextInt(stems.size()));
        return switch (random.nextInt(5)) {
            case 0 -> first + "." + stem;
            case 1 -> stem + "with" + first;
            case 2 -> first + "_" + stem + (10 + random.nextInt(89));
            case 3 -> "the" + first + stem;
            default -> first + LAST.get(random.nextInt(LAST.size())).toLowerCase(Locale.ROOT) + "_" + category;
        };
    }

    static String displayName(String username) {
        return capitalize(username.replaceAll("[._0-9]+", " ").trim());
    }

    /** A sound title as the platform names the series: lower case, only letters, digits, space and _ . ' &amp; + -. */
    static String soundName(String title) {
        String cleaned = NOT_NAME.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("\\s+", " ").trim();
        return cleaned.length() > 100 ? cleaned.substring(0, 100).trim() : cleaned;
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
