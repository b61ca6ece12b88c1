package dev.prodready.workspace.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Response headers in the order received, names compared without case. {@link #combined(String)} merges
 * repeated headers the way Node's HTTP parser does (which is what MDN Observatory sees): Set-Cookie stays a
 * list, a few single-valued headers keep their first value, all others are joined with ", ".
 */
public record LiveHeaders(List<Map.Entry<String, String>> entries) {

    private static final Set<String> FIRST_ONLY = Set.of("age", "authorization", "content-length", "content-type",
            "etag", "expires", "from", "host", "if-modified-since", "if-unmodified-since", "last-modified",
            "location", "max-forwards", "proxy-authorization", "referer", "retry-after", "server", "user-agent");

    public LiveHeaders {
        entries = entries.stream().map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue())).toList();
    }

    public static LiveHeaders of(String... nameValues) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            list.add(Map.entry(nameValues[i], nameValues[i + 1]));
        }
        return new LiveHeaders(list);
    }

    public static LiveHeaders empty() {
        return new LiveHeaders(List.of());
    }

    /** Every value of the header, in order. */
    public List<String> all(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.getKey().equals(n)).map(Map.Entry::getValue).toList();
    }

    public Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    public boolean has(String name) {
        return !all(name).isEmpty();
    }

    /** The header as one value, repeated headers merged as Node merges them; empty when absent. */
    public Optional<String> combined(String name) {
        List<String> values = all(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (FIRST_ONLY.contains(n)) {
            return Optional.of(values.get(0));
        }
        return Optional.of(String.join(n.equals("cookie") ? "; " : ", ", values));
    }

    /** Values as MDN Observatory's header helper returns them: the Set-Cookie list, else the merged value. */
    public List<String> observatoryValues(String name) {
        if (name.equalsIgnoreCase("set-cookie")) {
            return all(name);
        }
        return combined(name).map(List::of).orElse(List.of());
    }
}
