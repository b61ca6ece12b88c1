package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names bound by an assignment's left side, and whether a name is read in a piece of code. */
final class Bindings {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Set<String> NOT_NAMES = Set.of("const", "let", "var", "await", "async", "new", "this",
            "self", "def", "val", "final", "String", "int", "long", "Object", "auto", "mut", "err", "_");

    private Bindings() {
    }

    /**
     * The names an assignment target binds: {@code session} for {@code const session}, {@code user} for
     * {@code { data: { user } }} (keys followed by a colon are not bound), nothing for {@code this.x} or
     * {@code obj.prop}.
     */
    static List<String> names(String left) {
        String l = left.strip();
        List<String> names = new ArrayList<>();
        if (l.isEmpty() || (l.contains(".") && !l.contains("{") && !l.contains("["))) {
            return names;
        }
        // drop type annotations: "session: Session | null" (but keep destructuring keys)
        if (!l.startsWith("{") && !l.startsWith("[") && l.contains(":")) {
            l = l.substring(0, l.indexOf(':'));
        }
        Matcher m = IDENT.matcher(l);
        while (m.find()) {
            int after = m.end();
            while (after < l.length() && l.charAt(after) == ' ') {
                after++;
            }
            boolean key = after < l.length() && l.charAt(after) == ':';
            if (!key && !NOT_NAMES.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** Whether {@code name} is read (not as a property of something else) anywhere in {@code code}. */
    static boolean referenced(String name, CharSequence code) {
        return reference(name).matcher(code).find();
    }

    /** The pattern of a read of {@code name}, cached: the same few names are looked up again and again. */
    static Pattern reference(String name) {
        return REFERENCES.computeIfAbsent(name,
                n -> Pattern.compile("(?<![\\w$.])" + Pattern.quote(n) + "(?![\\w$])"));
    }

    private static final java.util.Map<String, Pattern> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();
}
