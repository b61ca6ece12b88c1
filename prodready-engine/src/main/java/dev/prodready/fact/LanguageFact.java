package dev.prodready.fact;

/** The repository has {@code files} source files in {@code language}; evidence is the first such file. */
public record LanguageFact(String language, int files, Evidence evidence) implements Fact {
}
