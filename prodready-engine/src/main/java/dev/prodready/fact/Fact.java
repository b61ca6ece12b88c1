package dev.prodready.fact;

/** A small immutable observation about the scanned application, with where it was seen. */
public interface Fact {
    Evidence evidence();
}
