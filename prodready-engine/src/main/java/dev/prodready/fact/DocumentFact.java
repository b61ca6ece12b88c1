package dev.prodready.fact;

import java.util.List;

/** A prose document that was read (Markdown, text, AsciiDoc, reStructuredText), with its headings. */
public record DocumentFact(String path, String title, List<String> headings, int words, Evidence evidence)
        implements Fact {
    public DocumentFact {
        headings = List.copyOf(headings);
    }
}
