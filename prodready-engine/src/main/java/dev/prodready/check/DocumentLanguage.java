package dev.prodready.check;

import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Facts;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Document kinds are recognised by English wording (and a few German and French headings), so when most of the
 * documentation is written in another language a missing kind proves nothing: absence-based document checks say
 * unknown instead of fail. A document that is recognised still passes.
 */
public final class DocumentLanguage {

    /** Fewer words than this in other languages and the English reading stands. */
    static final int MIN_FOREIGN_WORDS = 150;
    private static final Map<String, String> NAMES = Map.of("de", "German", "fr", "French", "es", "Spanish",
            "pt", "Portuguese", "nl", "Dutch", "it", "Italian");

    private DocumentLanguage() {
    }

    /** The language most of the documentation is written in, when that is not English. */
    public static Optional<String> mostlyForeign(Facts facts) {
        Map<String, Integer> words = new TreeMap<>();
        for (DocumentFact d : facts.all(DocumentFact.class)) {
            if (!d.language().isEmpty()) {
                words.merge(d.language(), d.words(), Integer::sum);
            }
        }
        int english = words.getOrDefault("en", 0);
        Optional<Map.Entry<String, Integer>> top = words.entrySet().stream().filter(e -> !e.getKey().equals("en"))
                .max(Map.Entry.comparingByValue());
        int foreign = words.entrySet().stream().filter(e -> !e.getKey().equals("en")).mapToInt(Map.Entry::getValue).sum();
        if (top.isEmpty() || foreign < MIN_FOREIGN_WORDS || foreign <= english) {
            return Optional.empty();
        }
        return Optional.of(NAMES.getOrDefault(top.get().getKey(), top.get().getKey()));
    }

    /**
     * Unknown, with what was searched, when most documents are in another language and none covered
     * {@code lookedFor}; empty when the English reading can be trusted.
     */
    public static Optional<Outcome> cannotTellAbsence(Facts facts, String lookedFor) {
        return mostlyForeign(facts).map(language -> Outcome.unknown("most documentation is in " + language
                + "; document kinds are recognised in English (and a few German and French headings) only, so the"
                + " absence of " + lookedFor + " cannot be judged; attest it if it exists",
                Searched.documents(facts, lookedFor)));
    }
}
