package dev.prodready.live;

import dev.prodready.audit.ToolVersion;
import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.RedFlag;
import dev.prodready.check.Outcome;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ObservatoryResult;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Plan;
import dev.prodready.report.Planner;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.RedFlags;
import dev.prodready.report.Report;
import dev.prodready.report.Scoring;
import dev.prodready.report.Summary;
import dev.prodready.report.Target;
import dev.prodready.stack.StackProfile;
import dev.prodready.workspace.live.ProbeOptions;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code prodready probe URL}: the deployed site alone. Only catalogue items a live site can show are
 * reported, each judged on live evidence only (repository evidence was not looked at, so nothing is failed
 * for its absence); the report carries the Observatory grade.
 */
public final class ProbeAudit {

    /** The report, and the live facts it was built from (for the console's measurement lines). */
    public record Result(Report report, Facts facts) {
    }

    private ProbeAudit() {
    }

    public static Result run(URI url, ProbeOptions options, ObservatoryAlgorithm algorithm, Clock clock,
                             Catalogue catalogue) {
        ConcurrentLinkedQueue<Fact> facts = new ConcurrentLinkedQueue<>();
        List<Note> notes = new ArrayList<>();
        LiveFacts.collect(url, options, algorithm, clock, new FactSink() {
            @Override
            public void add(Fact fact) {
                facts.add(fact);
            }

            @Override
            public void note(String path, String message) {
                notes.add(new Note(path, message));
            }
        });
        Facts all = Facts.of(facts);
        List<ItemResult> results = new ArrayList<>();
        for (Item item : catalogue.items()) {
            if (!item.detection().contains(Detection.LIVE) && !LiveVerdicts.items().contains(item.id())) {
                continue;
            }
            Outcome outcome = LiveVerdicts.judge(item.id(), all, StackProfile.empty()).orElseGet(() -> Outcome.unknown(
                    "The live probe alone cannot settle this item; scan the repository with --url " + url
                            + " to combine both."));
            results.add(new ItemResult(item, outcome));
        }
        Map<String, ItemResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.item().id(), r));
        List<RedFlag> relevant = catalogue.redFlags().stream()
                .filter(f -> f.raisedBy().stream().anyMatch(byId::containsKey)).toList();
        List<RedFlagResult> flags = RedFlags.evaluate(relevant, byId);
        Set<String> raised = Set.copyOf(flags.stream().filter(RedFlagResult::raised)
                .flatMap(f -> f.itemIds().stream()).toList());
        List<Area> areas = catalogue.areas().stream()
                .filter(a -> results.stream().anyMatch(r -> r.item().area().id().equals(a.id()))).toList();
        Summary summary = Scoring.summarise(areas, results);
        Plan plan = Planner.plan(results, raised);
        List<Finding> findings = all.all(Finding.class).stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> String.valueOf(f.evidence().url()))
                        .thenComparing(Finding::ruleId))
                .toList();
        Optional<ObservatoryResult> observatory = all.all(ObservatoryResult.class).stream().findFirst();
        Report report = new Report(ToolVersion.get(), new Target(url.toString(), Optional.empty(),
                Optional.of(url.toString())), clock.instant(), StackProfile.empty(), summary, results, flags, findings,
                plan, notes.stream().distinct().sorted().toList(), observatory);
        return new Result(report, all);
    }
}
