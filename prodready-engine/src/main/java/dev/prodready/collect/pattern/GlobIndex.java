package dev.prodready.collect.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of many globs match a path without trying every glob: globs whose last segment is a literal
 * name or {@code *.ext} are filed under that name or extension; only the rest are tried against every path.
 * Values come back in the order they were added.
 */
public final class GlobIndex<T> {

    private record Entry<T>(int order, Glob glob, T value) {
    }

    private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
    private final List<Entry<T>> open = new ArrayList<>();
    private int added;

    /** Identical globs (many patterns share one) become one instance, so a path is tried against each once. */
    private final Map<String, Glob> interned = new HashMap<>();

    public void add(Glob glob, T value) {
        Glob shared = interned.computeIfAbsent((glob.ignoreCase() ? "i:" : "c:") + glob.source(), k -> glob);
        Entry<T> entry = new Entry<>(added++, shared, value);
        glob.indexKeys().ifPresentOrElse(
                keys -> new LinkedHashSet<>(keys).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry)),
                () -> open.add(entry));
    }

    /** The values of every glob that matches {@code path}, de-duplicated, in the order they were added. */
    public List<T> matching(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        List<Entry<T>> hits = new ArrayList<>();
        Map<Glob, Boolean> tried = new java.util.IdentityHashMap<>();
        collect(byKey.get("name:" + name), path, hits, tried);
        // Every dot in the name starts a candidate extension ("a.test.ts" is filed as "ts", "d.ts"... via its last dot).
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            collect(byKey.get("ext:" + name.substring(dot + 1)), path, hits, tried);
        }
        collect(open, path, hits, tried);
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort((a, b) -> Integer.compare(a.order(), b.order()));
        Set<T> values = new LinkedHashSet<>();
        hits.forEach(h -> values.add(h.value()));
        return List.copyOf(values);
    }

    private static <T> void collect(List<Entry<T>> candidates, String path, List<Entry<T>> hits,
                                    Map<Glob, Boolean> tried) {
        if (candidates == null) {
            return;
        }
        for (Entry<T> entry : candidates) {
            if (tried.computeIfAbsent(entry.glob(), g -> g.matches(path))) {
                hits.add(entry);
            }
        }
    }
}
