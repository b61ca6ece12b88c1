package dev.prodready.check.infrastructure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ports a firewall rule opens: all of them, some ranges, or unresolved (set through a variable or a
 * dynamic block the line reader cannot follow).
 */
public record PortSpan(boolean all, boolean unresolved, List<int[]> ranges) {

    private static final Set<Integer> WEB = Set.of(80, 443);

    public PortSpan {
        ranges = List.copyOf(ranges);
    }

    public static PortSpan allPorts() {
        return new PortSpan(true, false, List.of());
    }

    public static PortSpan unknownPorts() {
        return new PortSpan(false, true, List.of());
    }

    public static PortSpan of(List<int[]> ranges) {
        return ranges.isEmpty() ? unknownPorts() : new PortSpan(false, false, ranges);
    }

    public boolean covers(int port) {
        return all || ranges.stream().anyMatch(r -> r[0] <= port && port <= r[1]);
    }

    public boolean coversAny(Set<Integer> ports) {
        return ports.stream().anyMatch(this::covers);
    }

    /** Only HTTP and HTTPS: what a public web entry point is meant to open. */
    public boolean onlyWeb() {
        return !all && !unresolved && ranges.stream().allMatch(r -> r[0] == r[1] && WEB.contains(r[0]));
    }

    public String describe() {
        if (all) {
            return "all ports";
        }
        if (unresolved) {
            return "ports set outside the file";
        }
        return ranges.stream().map(r -> r[0] == r[1] ? "port " + r[0] : "ports " + r[0] + "-" + r[1])
                .collect(Collectors.joining(", "));
    }
}
