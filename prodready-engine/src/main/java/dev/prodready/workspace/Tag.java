package dev.prodready.workspace;

import java.time.Instant;

/** A git tag: its short name, the commit it points at (peeled for annotated tags) and when it was made. */
public record Tag(String name, String commit, Instant when) {
}
