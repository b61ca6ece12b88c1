package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of callee names from the rule data. An entry without a dot matches a call's last segment
 * ({@code getServerSession}); a dotted entry matches the end of the callee ({@code auth.getUser} matches
 * {@code supabase.auth.getUser}); an entry between slashes is a regular expression over the whole callee.
 */
public final class NameList {

    private final Set<String> plain = new HashSet<>();
    private final List<String> dotted = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    public NameList(List<String> entries) {
        for (String entry : entries) {
            add(entry);
        }
    }

    public static NameList of(String... entries) {
        return new NameList(List.of(entries));
    }

    public void add(String entry) {
        if (entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/")) {
            patterns.add(Pattern.compile(entry.substring(1, entry.length() - 1)));
        } else if (entry.contains(".")) {
            dotted.add(entry);
        } else {
            plain.add(entry);
        }
    }

    public NameList plus(Iterable<String> more) {
        NameList copy = new NameList(List.of());
        copy.plain.addAll(plain);
        copy.dotted.addAll(dotted);
        copy.patterns.addAll(patterns);
        more.forEach(copy::add);
        return copy;
    }

    /** Whether a normalised callee ({@link Node#callee()}) is on the list. */
    public boolean matches(String callee) {
        if (callee.isEmpty()) {
            return false;
        }
        if (plain.contains(Names.lastSegment(callee))) {
            return true;
        }
        for (String d : dotted) {
            if (callee.equals(d) || callee.endsWith("." + d)) {
                return true;
            }
        }
        for (Pattern p : patterns) {
            if (p.matcher(callee).find()) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(Node call) {
        return matches(call.callee());
    }
}
