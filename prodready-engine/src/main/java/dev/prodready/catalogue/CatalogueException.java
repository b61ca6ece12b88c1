package dev.prodready.catalogue;

/** The catalogue data is malformed: a bug in the shipped YAML, reported with file and item. */
public final class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
