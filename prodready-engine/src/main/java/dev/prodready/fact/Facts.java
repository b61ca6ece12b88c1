package dev.prodready.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
