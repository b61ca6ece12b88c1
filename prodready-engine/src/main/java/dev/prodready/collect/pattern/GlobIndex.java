package dev.prodready.collect.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds which of many globs match a path without trying every glob: globs whose last segment is a literal
 * name or {@code *.ext} are filed under that name or extension; only the rest are tried against every path.
 * Within each file, identical globs are tried once, and for globs with folders in them the folders a file's
 * folder can match are remembered, so a path costs a few look-ups and name comparisons.
 * Values come back in the order they were added. Not to be added to once matching has begun.
 */
public final class GlobIndex<T> {

    private record Entry<T>(int order, T value) {
    }

    /** Globs filed under one key, each with the entries that use it. */
    private static final class Bucket<T> {
        private static final int MAX_FOLDERS = 20_000;

        final Map<Glob, List<Entry<T>>> groups = new LinkedHashMap<>();
        /** Per folder, the globs that can match a file in it (the ones that do not split are always in). */
        final Map<String, Candidate<T>[]> byFolder = new ConcurrentHashMap<>();

        Candidate<T>[] forFolder(String folder) {
            Candidate<T>[] known = byFolder.get(folder);
            return known != null ? known : build(folder);
        }

        /** Every glob of the bucket with its entries, made once: folders share these, not copies. */
        private volatile Candidate<T>[] all;

        @SuppressWarnings("unchecked")
        private Candidate<T>[] build(String folder) {
            Candidate<T>[] every = all;
            if (every == null) {
                List<Candidate<T>> made = new ArrayList<>(groups.size());
                groups.forEach((glob, entries) -> made.add(new Candidate<>(glob, entries)));
                every = made.toArray(Candidate[]::new);
                all = every;
            }
            // Plain loops on this path and the ones below: they run once per folder, thousands of times on a large
            // tree, and streams and comparators there made the JIT compile them over and over.
            Candidate<T>[] kept = new Candidate[every.length];
            int n = 0;
            for (Candidate<T> c : every) {
                if (!c.glob().splits() || c.glob().folderMatches(folder)) {
                    kept[n++] = c;
                }
            }
            Candidate<T>[] made = java.util.Arrays.copyOf(kept, n);
            if (byFolder.size() < MAX_FOLDERS) {
                byFolder.put(folder, made);
            }
            return made;
        }
    }

    /**
     * For files of one folder and one exact extension: the entries of the extension's and the open bucket's globs
     * that match any such file whatever its stem (in order, with their values de-duplicated), and the globs that
     * still have to be tried on each name.
     */
    private record Prepared<T>(List<Entry<T>> entries, List<T> values, Candidate<T>[] toTry) {
    }

    private static final int MAX_PREPARED = 50_000;
    private final Map<String, Prepared<T>> prepared = new ConcurrentHashMap<>();

    /** The hot path: a look-up; building stays in its own method so the compiler keeps this one small. */
    private Prepared<T> prepare(String folder, String extension) {
        String key = folder + '\u0000' + extension;
        Prepared<T> known = prepared.get(key);
        return known != null ? known : build(key, folder, extension);
    }

    @SuppressWarnings("unchecked")
    private Prepared<T> build(String key, String folder, String extension) {
        Orders orders = new Orders();
        List<Candidate<T>> toTry = new ArrayList<>();
        Bucket<T> byExt = extension.isEmpty() ? null : byExtension.get(extension.toLowerCase(Locale.ROOT));
        for (int b = 0; b < 2; b++) {
            Bucket<T> bucket = b == 0 ? byExt : open;
            if (bucket == null || bucket.groups.isEmpty()) {
                continue;
            }
            for (Candidate<T> c : bucket.forFolder(folder)) {
                Glob glob = c.glob();
                if (glob.decidedByExtension()) {
                    if (glob.matchesExtension(extension)) {
                        orders.addAll(c.entries());
                    }
                } else if (glob.decidedByFolder()) {
                    if (glob.matches(folder + "_")) {
                        orders.addAll(c.entries());
                    }
                } else {
                    toTry.add(c);
                }
            }
        }
        List<Entry<T>> entries = entriesInOrder(orders);
        Prepared<T> made = new Prepared<>(entries, distinctValues(entries), toTry.toArray(Candidate[]::new));
        if (prepared.size() < MAX_PREPARED) {
            prepared.put(key, made);
        }
        return made;
    }

    /** Entry orders gathered from several globs, to be put back in the order the entries were added. */
    private static final class Orders {
        private int[] orders = new int[16];
        private int size;

        <T> void addAll(List<Entry<T>> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (size == orders.length) {
                    orders = java.util.Arrays.copyOf(orders, size * 2);
                }
                orders[size++] = entries.get(i).order();
            }
        }
    }

    /** The entries of these orders, in order (an entry met twice through two globs once). */
    private List<Entry<T>> entriesInOrder(Orders orders) {
        java.util.Arrays.sort(orders.orders, 0, orders.size);
        List<Entry<T>> entries = new ArrayList<>(orders.size);
        for (int i = 0; i < orders.size; i++) {
            if (i == 0 || orders.orders[i] != orders.orders[i - 1]) {
                entries.add(byOrder.get(orders.orders[i]));
            }
        }
        return List.copyOf(entries);
    }

    private static <T> List<T> distinctValues(List<Entry<T>> sorted) {
        List<T> values = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            T value = sorted.get(i).value();
            if (!values.contains(value)) { // a handful of values: a list beats hashing here
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** A glob a file's folder allows, and the entries that use it. */
    private record Candidate<T>(Glob glob, List<Entry<T>> entries) {
    }

    private final Map<String, Bucket<T>> byName = new HashMap<>();
    private final Map<String, Bucket<T>> byExtension = new HashMap<>();
    private final Bucket<T> open = new Bucket<>();
    private int added;
    /** Every entry, by its order. */
    private final List<Entry<T>> byOrder = new ArrayList<>();

    /** Identical globs (many patterns share one) become one instance, so a path is tried against each once. */
    private final Map<String, Glob> interned = new HashMap<>();

    public void add(Glob glob, T value) {
        Glob shared = interned.computeIfAbsent((glob.ignoreCase() ? "i:" : "c:") + glob.source(), k -> glob);
        Entry<T> entry = new Entry<>(added++, value);
        byOrder.add(entry);
        glob.indexKeys().ifPresentOrElse(
                keys -> new LinkedHashSet<>(keys).forEach(k -> file((k.startsWith("name:") ? byName : byExtension)
                        .computeIfAbsent(k.substring(k.indexOf(':') + 1), x -> new Bucket<>()), shared, entry)),
                () -> file(open, shared, entry));
    }

    private void file(Bucket<T> bucket, Glob glob, Entry<T> entry) {
        bucket.groups.computeIfAbsent(glob, g -> new ArrayList<>()).add(entry);
        bucket.all = null;
        bucket.byFolder.clear();
        prepared.clear();
    }

    /** The values of every glob that matches {@code path}, de-duplicated, in the order they were added. */
    public List<T> matching(String path) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        int dot = path.lastIndexOf('.');
        // The name's last dot gives its extension ("a.test.ts" is filed under "ts"); a leading dot is no extension.
        String extension = dot > slash + 1 ? path.substring(dot + 1) : "";
        Prepared<T> prep = prepare(folder, extension);
        Bucket<T> named = byName.isEmpty() ? null : byName.get(path.substring(slash + 1).toLowerCase(Locale.ROOT));
        if (named == null && prep.toTry().length == 0) {
            return prep.values();
        }
        return tried(path, slash, folder, prep, named);
    }

    /** The globs that must be tried on the name itself: apart, so the common path above stays small to compile. */
    private List<T> tried(String path, int slash, String folder, Prepared<T> prep, Bucket<T> named) {
        Orders hits = new Orders();
        hits.addAll(prep.entries());
        String folded = Glob.folded(path);
        collect(named, path, folded, slash, folder, hits);
        for (Candidate<T> c : prep.toTry()) {
            Glob glob = c.glob();
            if (glob.splits() ? glob.nameMatches(path, folded, slash + 1) : glob.matches(path, folded)) {
                hits.addAll(c.entries());
            }
        }
        if (hits.size == prep.entries().size()) {
            return prep.values();
        }
        return distinctValues(entriesInOrder(hits));
    }

    private static <T> void collect(Bucket<T> bucket, String path, String folded, int slash, String folder,
                                    Orders hits) {
        if (bucket == null || bucket.groups.isEmpty()) {
            return;
        }
        for (Candidate<T> c : bucket.forFolder(folder)) {
            Glob glob = c.glob();
            if (glob.splits() ? glob.nameMatches(path, folded, slash + 1) : glob.matches(path, folded)) {
                hits.addAll(c.entries());
            }
        }
    }
}
