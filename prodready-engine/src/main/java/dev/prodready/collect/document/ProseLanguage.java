package dev.prodready.collect.document;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of prose by its function words (articles, pronouns, prepositions), the cheap method that
 * works on a few dozen words: each language's most frequent short words are counted and the clear winner is the
 * language. English, German, French, Spanish, Portuguese, Dutch and Italian; "" when the text is too short or
 * no language clearly leads.
 */
final class ProseLanguage {

    /** Fewer function words than this and the text says too little to tell (a heading, a table of names). */
    static final int MIN_HITS = 8;

    private static final List<String> CODES = List.of("en", "de", "fr", "es", "pt", "nl", "it");
    /** Function words of each language, chosen to be frequent in it and rare in the others. */
    private static final Map<String, String> WORDS = Map.of(
            "en", "the and of to is are with for that this we you your our be it on by or not will from have as at"
                    + " an which they their there been was were would should can all if when",
            "de", "der die das und ist nicht mit den dem des wir sie ihre ihr eine einer eines ein auf für zu von"
                    + " werden wird sind auch bei oder nach wenn im über unsere unser sich durch zur zum diese"
                    + " dieser kann können muss müssen",
            "fr", "le la les et est des du une un nous vous votre vos pour dans sur avec sont par pas qui que ce"
                    + " cette aux au ou être ces leur leurs notre nos peut doit été",
            "es", "el los las y es del una por para con que se su sus nuestro nuestra nuestros al como más está"
                    + " son lo pero usted sobre este esta estos cuando puede debe",
            "pt", "o os e é do da dos das um uma para com não em no na nos que seu sua seus suas nós você são"
                    + " pelo pela ao aos este esta pode deve",
            "nl", "de het een en van is niet met voor op wij we u uw zijn worden wordt dat die ook bij naar of te"
                    + " onze ons kan moet deze",
            "it", "il lo la gli le e è di del della dei delle un una per con non che sono noi voi vostro nostro"
                    + " nostri nel nella al alla può deve questo questa");
    /** Each function word with a bit per language it belongs to: one look-up per word of prose. */
    private static final Map<String, Integer> LANGUAGES_OF = languagesOf();

    private static Map<String, Integer> languagesOf() {
        Map<String, Integer> of = new HashMap<>();
        for (int c = 0; c < CODES.size(); c++) {
            for (String word : WORDS.get(CODES.get(c)).split(" ")) {
                of.merge(word, 1 << c, (a, b) -> a | b);
            }
        }
        return Map.copyOf(of);
    }

    private ProseLanguage() {
    }

    /** The language of the prose lines of a document, or "". */
    static String of(ParsedDocument doc) {
        int[] hits = new int[CODES.size()];
        for (int i = 0; i < doc.lines.size(); i++) {
            if (!doc.code[i] && !doc.ignored[i] && doc.searchable(i)) {
                count(doc.lines.get(i), hits);
            }
        }
        return decide(hits);
    }

    /** The language of a text, or "". */
    static String of(String text) {
        int[] hits = new int[CODES.size()];
        text.lines().forEach(line -> count(line, hits));
        return decide(hits);
    }

    private static void count(String line, int[] hits) {
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean letter = i < line.length() && Character.isLetter(line.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 7) {
                    Integer languages = LANGUAGES_OF.get(line.substring(start, i).toLowerCase(Locale.ROOT));
                    for (int c = 0; languages != null && c < CODES.size(); c++) {
                        if ((languages & (1 << c)) != 0) {
                            hits[c]++;
                        }
                    }
                }
                start = -1;
            }
        }
    }

    /** The leader when it has enough hits and leads the runner-up by half again. */
    private static String decide(int[] hits) {
        int best = 0;
        for (int c = 1; c < hits.length; c++) {
            if (hits[c] > hits[best]) {
                best = c;
            }
        }
        int second = 0;
        for (int c = 0; c < hits.length; c++) {
            if (c != best) {
                second = Math.max(second, hits[c]);
            }
        }
        if (hits[best] < MIN_HITS || hits[best] * 2 < second * 3) {
            return "";
        }
        return CODES.get(best);
    }
}
