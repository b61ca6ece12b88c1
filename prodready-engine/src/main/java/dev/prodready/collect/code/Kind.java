package dev.prodready.collect.code;

import java.util.Locale;

/**
 * The language-neutral node kinds the analyses work on. Each language's query file maps its grammar's node
 * types onto these names (capture {@code @call}, slot captures {@code @call.callee}). The declaration order is
 * the nesting order for nodes that cover exactly the same text: an argument wraps the call it is.
 */
public enum Kind {
    ARG, PAIR, ASSIGN, EXPORT, DECORATED, DECORATOR, CLASS, FUNC, CALL, LOOP, IF, RETURN, CONCAT, FORMAT, STR,
    INTERP, COMMENT, JSXATTR, IMPORT, ECHO;

    /** The capture name used in query files: {@code call}, {@code jsxattr}. */
    public String captureName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Kind ofCapture(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
