package dev.prodready.check;

import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ManifestFact;

import java.util.List;

/**
 * Evidence for an absence: the places that were searched, so that a "fail" still points somewhere a user
 * can open and see for themselves.
 */
public final class Searched {

    private static final int MAX = 5;

    private Searched() {
    }

    /** The dependency manifests read (at most five), each noted with what was looked for. */
    public static List<Evidence> manifests(Facts facts, String lookedFor) {
        return facts.all(ManifestFact.class).stream()
                .filter(m -> !m.lockfile())
                .limit(MAX)
                .map(m -> Evidence.file(m.path(), "no " + lookedFor + " among its " + m.dependencies() + " dependencies"))
                .toList();
    }

    /** The documents read (at most five), each noted with what none of them covers. */
    public static List<Evidence> documents(Facts facts, String lookedFor) {
        List<DocumentFact> docs = facts.all(DocumentFact.class);
        if (docs.isEmpty()) {
            return List.of(Evidence.file(".", "no documents (Markdown, text, AsciiDoc) in the repository; looked for "
                    + lookedFor));
        }
        return docs.stream().limit(MAX)
                .map(d -> Evidence.file(d.path(), "read; does not cover " + lookedFor
                        + (docs.size() > MAX ? " (" + docs.size() + " documents read in all)" : "")))
                .toList();
    }

    /** The repository root, for "no such file anywhere" absences. */
    public static List<Evidence> repository(String lookedFor) {
        return List.of(Evidence.file(".", "searched the whole repository; no " + lookedFor));
    }
}
