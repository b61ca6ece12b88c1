package dev.prodready.report;

import dev.prodready.catalogue.Area;
import dev.prodready.check.Status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores over applicable items, weighted by severity: pass and attested earn full credit, partial half,
 * fail and unknown none. Unknown never counts as a pass.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Summary summarise(List<Area> areas, List<ItemResult> results) {
        List<AreaSummary> perArea = new ArrayList<>();
        for (Area area : areas) {
            List<ItemResult> inArea = results.stream().filter(r -> r.item().area().id().equals(area.id())).toList();
            Tally t = tally(inArea);
            perArea.add(new AreaSummary(area, t.score(), t.share(t.verified), t.counts));
        }
        Tally all = tally(results);
        return new Summary(all.score(), round(all.share(all.verified)), round(all.share(all.attested)),
                round(all.share(all.unknown)), perArea);
    }

    private static Tally tally(List<ItemResult> results) {
        Tally t = new Tally();
        for (ItemResult r : results) {
            t.counts.merge(r.status(), 1, Integer::sum);
            if (!r.applicable()) {
                continue;
            }
            double w = Math.max(1, r.item().severity().weight());
            t.weight += w;
            switch (r.status()) {
                case PASS -> {
                    t.earned += w;
                    t.verified += w;
                }
                case PARTIAL -> {
                    t.earned += w / 2;
                    t.verified += w;
                }
                case FAIL -> t.verified += w;
                case ATTESTED -> {
                    t.earned += w;
                    t.attested += w;
                }
                case UNKNOWN -> t.unknown += w;
                case NOT_APPLICABLE -> { }
            }
        }
        return t;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static final class Tally {
        final Map<Status, Integer> counts = new EnumMap<>(Status.class);
        double weight;
        double earned;
        double verified;
        double attested;
        double unknown;

        int score() {
            return weight == 0 ? 0 : (int) Math.round(100 * earned / weight);
        }

        double share(double part) {
            return weight == 0 ? 0 : round(part / weight);
        }
    }
}
