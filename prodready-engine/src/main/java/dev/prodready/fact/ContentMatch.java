package dev.prodready.fact;

/**
 * A line of source or configuration that matched a named code pattern from the pattern data
 * (e.g. "supabase.reset-password", "sentry.init"). Text patterns are the breadth layer; the
 * tree-sitter code analysis adds parsed facts of its own.
 */
public record ContentMatch(String pattern, String text, Evidence evidence) implements Fact {
}
