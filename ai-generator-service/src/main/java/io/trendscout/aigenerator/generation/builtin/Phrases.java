package io.trendscout.aigenerator.generation.builtin;

import java.util.List;

import io.trendscout.aigenerator.generation.Language;

/**
 * The built-in generator's templates for one language. Placeholders: {name}, {keyword},
 * {category}, {features}, {score}. Kept in code so that every template is covered by the
 * 200-product limits test.
 */
record Phrases(List<String> seoSuffixes, String metaSuffix, List<String> seoParagraphs, String trendSentence,
        String buyKeyword, String reviewKeyword, String genericCategory, String and, String metaDescription,
        String shortDescription, List<String> descriptionParagraphs, List<String> bullets, String tagBullet,
        List<Idea> ideas, List<String> genericHashtags, List<Time> defaultTimes, String ownHourReason) {

    record Idea(String hook, List<String> script, String format, int seconds, String why) {
    }

    record Time(String day, int hour, String reason) {
    }

    static Phrases of(Language language) {
        return switch (language) {
            case DE -> GERMAN;
            case EN -> ENGLISH;
            case FR -> FRENCH;
        };
    }

    private static final Phrases ENGLISH = new Phrases(
            List.of("Buy Online & Compare", "Features & Tips", "Guide"), "Buy Online",
            List.of("Looking for the {name}? The {keyword} is a popular choice in {category} and stands for {features}. "
                            + "In this guide you learn what makes the {keyword} special, who it is for and what to pay attention to when you buy it.",
                    "Why the {keyword} is worth it: it is easy to use, fits into your daily routine and is a great gift idea as well. "
                            + "Many buyers value that it is practical for {category} and that it just works.",
                    "Our tip: compare prices, read the reviews and check the shipping time before you order the {keyword}."),
            "It is currently trending on TikTok with a trend score of {score}/100.",
            "buy", "review", "everyday life", "and",
            "{keyword}: the practical choice for {category}. Compare prices, read reviews and order it online with fast shipping.",
            "{keyword} – the smart choice for {category}.",
            List.of("The {name} is made for everyone who wants more out of {category}. It is easy to use and fits into your daily routine.",
                    "With the {keyword} you get {features} in one product. It is a great gift idea and a favourite of the community on TikTok."),
            List.of("Easy to use in everyday life", "A popular choice in {category}", "A great gift idea"), "Perfect for {features}",
            List.of(new Idea("Stop scrolling: the {keyword} solves a problem you did not know you had!",
                            List.of("Scene 1 (0-3 s): show the everyday problem in a close-up.",
                                    "Scene 2 (3-10 s): unbox the {keyword} and show it in action.",
                                    "Scene 3 (10-18 s): show the result in a before and after comparison.",
                                    "Call to action: ask your viewers what they would use it for and point to the link."),
                            "Problem and solution", 20, "A clear before and after keeps viewers watching to the end."),
                    new Idea("3 reasons why everyone is talking about the {keyword}",
                            List.of("Reason 1: show the most surprising feature of the {keyword} in the first seconds.",
                                    "Reason 2: show how it fits into a normal day.",
                                    "Reason 3: show the price and what you get for it.",
                                    "Close with a question to your viewers to get comments."),
                            "Listicle", 30, "Numbered lists are easy to follow and get saved and shared often."),
                    new Idea("I tested the {keyword} for 7 days – here is my honest review",
                            List.of("Day 1: first impression and unboxing of the {keyword}.",
                                    "Day 4: what works well and what could be better.",
                                    "Day 7: the verdict, and whether you should buy it.",
                                    "Ask your viewers if they want a second part."),
                            "Honest review", 45, "Authentic reviews build the trust that turns viewers into buyers.")),
            List.of("tiktokmademebuyit", "fyp", "musthave"),
            List.of(new Time("TUESDAY", 19, "Evening peak of the audience after work"),
                    new Time("THURSDAY", 20, "High activity before the weekend"),
                    new Time("SATURDAY", 11, "Relaxed weekend browsing in the late morning")),
            "The best hour of your account");

    private static final Phrases GERMAN = new Phrases(
            List.of("Online kaufen & vergleichen", "Vorteile & Tipps", "Ratgeber"), "Online kaufen",
            List.of("Du suchst das Produkt {name}? Das {keyword} ist eine beliebte Wahl im Bereich {category} und steht für {features}. "
                            + "In diesem Ratgeber erfährst du, was das {keyword} besonders macht, für wen es sich eignet und worauf du beim Kauf achten solltest.",
                    "Warum sich das {keyword} lohnt: Es ist einfach in der Anwendung, passt in deinen Alltag und ist auch eine tolle Geschenkidee. "
                            + "Viele Käufer schätzen, dass es für den Bereich {category} praktisch ist und einfach funktioniert.",
                    "Unser Tipp: Vergleiche die Preise, lies die Bewertungen und prüfe die Lieferzeit, bevor du das {keyword} bestellst."),
            "Aktuell ist es auf TikTok im Trend mit einem Trend-Score von {score}/100.",
            "kaufen", "Test", "Alltag", "und",
            "{keyword}: die praktische Wahl für {category}. Vergleiche die Preise, lies die Bewertungen und bestelle mit schnellem Versand.",
            "{keyword} – die clevere Wahl für {category}.",
            List.of("Das Produkt {name} ist für alle gemacht, die mehr aus dem Bereich {category} herausholen wollen. Es ist einfach in der Anwendung und passt in deinen Alltag.",
                    "Mit dem {keyword} bekommst du {features} in einem Produkt. Es ist eine tolle Geschenkidee und ein Liebling der Community auf TikTok."),
            List.of("Einfach in der Anwendung im Alltag", "Eine beliebte Wahl für {category}", "Eine tolle Geschenkidee"), "Ideal für {features}",
            List.of(new Idea("Nicht weiterscrollen: Das {keyword} löst ein Problem, von dem du nichts wusstest!",
                            List.of("Szene 1 (0-3 s): Zeige das Problem aus dem Alltag in der Nahaufnahme.",
                                    "Szene 2 (3-10 s): Packe das {keyword} aus und zeige es in Aktion.",
                                    "Szene 3 (10-18 s): Zeige das Ergebnis im Vorher-Nachher-Vergleich.",
                                    "Aufruf: Frag deine Zuschauer, wofür sie es nutzen würden, und verweise auf den Link."),
                            "Problem und Lösung", 20, "Ein klares Vorher-Nachher hält die Zuschauer bis zum Ende."),
                    new Idea("3 Gründe, warum alle über das {keyword} sprechen",
                            List.of("Grund 1: Zeige die überraschendste Funktion von dem {keyword} in den ersten Sekunden.",
                                    "Grund 2: Zeige, wie es in einen normalen Tag passt.",
                                    "Grund 3: Zeige den Preis und was du dafür bekommst.",
                                    "Schließe mit einer Frage an deine Zuschauer, um Kommentare zu bekommen."),
                            "Liste", 30, "Nummerierte Listen sind leicht zu folgen und werden oft gespeichert und geteilt."),
                    new Idea("Ich habe das {keyword} 7 Tage getestet – hier ist mein ehrliches Fazit",
                            List.of("Tag 1: Der erste Eindruck und das Auspacken von dem {keyword}.",
                                    "Tag 4: Was gut funktioniert und was noch besser sein könnte.",
                                    "Tag 7: Das Fazit und ob du es kaufen solltest.",
                                    "Frag deine Zuschauer, ob sie einen zweiten Teil sehen wollen."),
                            "Ehrlicher Test", 45, "Ehrliche Tests schaffen das Vertrauen, das aus Zuschauern Käufer macht.")),
            List.of("fürdich", "tiktokmademebuyit", "produkttest"),
            List.of(new Time("TUESDAY", 19, "Abendspitze der Zielgruppe nach der Arbeit"),
                    new Time("THURSDAY", 20, "Hohe Aktivität vor dem Wochenende"),
                    new Time("SATURDAY", 11, "Entspanntes Stöbern am Wochenende am späten Vormittag")),
            "Die beste Stunde deines Kontos");

    private static final Phrases FRENCH = new Phrases(
            List.of("Acheter en ligne & comparer", "Avantages & conseils", "Guide"), "Acheter en ligne",
            List.of("Tu cherches le produit {name} ? Le {keyword} est un choix populaire pour {category} et se distingue par {features}. "
                            + "Dans ce guide, tu découvres ce qui rend le {keyword} unique, pour qui il est fait et à quoi faire attention avant de l'acheter.",
                    "Pourquoi le {keyword} vaut le coup : il est facile à utiliser, s'intègre dans ta routine et c'est aussi une belle idée de cadeau. "
                            + "Les acheteurs apprécient qu'il soit pratique pour {category} et qu'il fonctionne tout simplement.",
                    "Notre conseil : compare les prix, lis les avis et vérifie le délai de livraison avant de commander le {keyword}."),
            "Il est actuellement tendance sur TikTok avec un score de tendance de {score}/100.",
            "acheter", "avis", "la vie quotidienne", "et",
            "{keyword} : le choix pratique pour {category}. Compare les prix, lis les avis et commande en ligne avec une livraison rapide.",
            "{keyword} – le choix malin pour {category}.",
            List.of("Le produit {name} est fait pour tous ceux qui veulent profiter davantage de {category}. Il est facile à utiliser et s'intègre dans ta routine.",
                    "Avec le {keyword}, tu as {features} dans un seul produit. C'est une belle idée de cadeau et un favori de la communauté sur TikTok."),
            List.of("Facile à utiliser au quotidien", "Un choix populaire pour {category}", "Une belle idée de cadeau"), "Idéal pour {features}",
            List.of(new Idea("Arrête de scroller : le {keyword} règle un problème que tu ne connaissais pas !",
                            List.of("Scène 1 (0-3 s) : montre le problème du quotidien en gros plan.",
                                    "Scène 2 (3-10 s) : déballe le {keyword} et montre-le en action.",
                                    "Scène 3 (10-18 s) : montre le résultat dans une comparaison avant et après.",
                                    "Appel à l'action : demande à tes abonnés pour quoi ils l'utiliseraient et renvoie vers le lien."),
                            "Problème et solution", 20, "Un avant et après clair garde les spectateurs jusqu'à la fin."),
                    new Idea("3 raisons pour lesquelles tout le monde parle du {keyword}",
                            List.of("Raison 1 : montre la fonction la plus surprenante du {keyword} dans les premières secondes.",
                                    "Raison 2 : montre comment il s'intègre dans une journée normale.",
                                    "Raison 3 : montre le prix et ce que tu as pour ce prix.",
                                    "Termine avec une question à tes abonnés pour avoir des commentaires."),
                            "Liste", 30, "Les listes numérotées sont faciles à suivre et sont souvent enregistrées et partagées."),
                    new Idea("J'ai testé le {keyword} pendant 7 jours – voici mon avis honnête",
                            List.of("Jour 1 : la première impression et le déballage du {keyword}.",
                                    "Jour 4 : ce qui marche bien et ce qui pourrait être mieux.",
                                    "Jour 7 : le verdict, et si tu dois l'acheter.",
                                    "Demande à tes abonnés s'ils veulent une deuxième partie."),
                            "Avis honnête", 45, "Les avis sincères créent la confiance qui transforme les spectateurs en acheteurs.")),
            List.of("pourtoi", "tiktokmademebuyit", "bonplan"),
            List.of(new Time("TUESDAY", 19, "Pic d'activité du public après le travail"),
                    new Time("THURSDAY", 20, "Forte activité avant le week-end"),
                    new Time("SATURDAY", 11, "Navigation détendue le week-end en fin de matinée")),
            "La meilleure heure de ton compte");
}
