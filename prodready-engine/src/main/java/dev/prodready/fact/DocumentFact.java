package dev.prodready.fact;

import java.util.List;
import java.util.Optional;

/**
 * A prose document that was read (Markdown, MDX, text, AsciiDoc, reStructuredText), or the visible text of an
 * app page at a legal route (a privacy or sub-processor page written as {@code page.tsx} or a template).
 *
 * @param words       prose words; 0 for a skeleton of headings and placeholders
 * @param language    ISO 639-1 code of the prose ("en", "de", ...), or "" when there is too little to tell
 * @param page        true when the text was taken from an app page or template, not a document
 * @param placeholder the first placeholder line ("Coming soon", "TODO", lorem ipsum), when there is one
 */
public record DocumentFact(String path, String title, List<String> headings, int words, String language, boolean page,
                           Optional<Evidence> placeholder, Evidence evidence) implements Fact {

    public DocumentFact {
        headings = List.copyOf(headings);
    }

    /** An English Markdown-style document without placeholders. */
    public DocumentFact(String path, String title, List<String> headings, int words, Evidence evidence) {
        this(path, title, headings, words, "en", false, Optional.empty(), evidence);
    }

    public boolean english() {
        return language.equals("en");
    }
}
