package dev.prodready.report;

import dev.prodready.catalogue.Area;
import dev.prodready.check.Status;

import java.util.Map;

/** An area's score (0-100 over its applicable items) and how many items ended in each status. */
public record AreaSummary(Area area, int score, double verifiedShare, Map<Status, Integer> counts) {
    public AreaSummary {
        counts = Map.copyOf(counts);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }
}
