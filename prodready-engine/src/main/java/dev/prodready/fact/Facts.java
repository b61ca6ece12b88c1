package dev.prodready.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The typed snapshot the checks judge: every fact the collectors produced, grouped by type. */
public final class Facts {

    private static final Comparator<Fact> ORDER = Comparator
            .comparing((Fact f) -> String.valueOf(f.evidence().path()))
            .thenComparingInt(f -> f.evidence().line())
            .thenComparing(Object::toString);

    private final Map<Class<?>, List<Fact>> byType;

    private Facts(Map<Class<?>, List<Fact>> byType) {
        this.byType = byType;
    }

    /** Groups facts by their concrete type, each group in a stable order (path, line, text). */
    public static Facts of(Collection<? extends Fact> facts) {
        Map<Class<?>, List<Fact>> grouped = new LinkedHashMap<>();
        for (Fact fact : facts) {
            grouped.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
        }
        grouped.values().forEach(list -> list.sort(ORDER));
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return new Facts(grouped);
    }

    public static Facts empty() {
        return new Facts(Map.of());
    }

    @SuppressWarnings("unchecked")
    public <T extends Fact> List<T> all(Class<T> type) {
        return (List<T>) byType.getOrDefault(type, List.of());
    }

    /**
     * The content-pattern matches of these patterns, in the order of {@link #all(Class)}: the checks ask for a few
     * patterns at a time, hundreds of times, of what can be ~100,000 matches on a large tree.
     */
    public List<ContentMatch> contentMatches(Collection<String> patternIds) {
        return byKey(ContentMatch.class, ContentMatch::pattern, patternIds);
    }

    /** The findings filed against a catalogue item, in the order of {@link #all(Class)}. */
    public List<Finding> findingsAgainst(String itemId) {
        return byKey(Finding.class, Finding::itemId, List.of(itemId));
    }

    /** Per type, the positions in {@link #all(Class)} of each key's facts; made on first use, shared by threads. */
    private final Map<Class<?>, Map<String, int[]>> positions = new ConcurrentHashMap<>();

    private <T extends Fact> List<T> byKey(Class<T> type, Function<T, String> key, Collection<String> wanted) {
        List<T> all = all(type);
        Map<String, int[]> index = positions.computeIfAbsent(type, t -> positionsByKey(all, key));
        int[] found = new int[0];
        for (String k : wanted instanceof Set<?> ? wanted : new LinkedHashSet<>(wanted)) {
            int[] more = index.get(k);
            if (more != null) {
                int[] merged = Arrays.copyOf(found, found.length + more.length);
                System.arraycopy(more, 0, merged, found.length, more.length);
                found = merged;
            }
        }
        Arrays.sort(found);
        List<T> result = new ArrayList<>(found.length);
        for (int at : found) {
            result.add(all.get(at));
        }
        return result;
    }

    private static <T extends Fact> Map<String, int[]> positionsByKey(List<T> all, Function<T, String> key) {
        Map<String, List<Integer>> grouped = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String k = key.apply(all.get(i));
            if (k != null) {
                grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        grouped.forEach((k, list) -> index.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    public <T extends Fact> List<T> all(Class<T> type, Predicate<? super T> filter) {
        return all(type).stream().filter(filter).toList();
    }

    public <T extends Fact> Optional<T> first(Class<T> type, Predicate<? super T> filter) {
        return all(type).stream().filter(filter).findFirst();
    }

    public <T extends Fact> boolean any(Class<T> type, Predicate<? super T> filter) {
        return all(type).stream().anyMatch(filter);
    }

    public int size() {
        return byType.values().stream().mapToInt(List::size).sum();
    }
}
