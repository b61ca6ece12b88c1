package dev.prodready.check;

/** Judges exactly one catalogue item from facts. Checks never read files. */
public interface Check {

    /** The catalogue item this check decides, e.g. "auth.mfa". */
    String itemId();

    Outcome evaluate(CheckContext context);
}
