package dev.prodready.collect.secret;

/** How a rule recognises a secret, which decides the false-positive controls applied to its matches. */
public enum RuleKind {
    /** A provider format with a distinctive prefix or structure. */
    TOKEN,
    /** A provider value recognised by the variable name it is assigned to. */
    ASSIGNED,
    /** Any high-entropy value assigned to a secret-sounding name; strictest filters. */
    GENERIC,
    /** A password inside a connection string or URL. */
    URL,
    /** A PEM or similar private key block. */
    PRIVATE_KEY
}
