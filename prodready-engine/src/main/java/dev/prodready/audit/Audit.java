package dev.prodready.audit;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Checks;
import dev.prodready.check.Outcome;
import dev.prodready.collect.Collector;
import dev.prodready.collect.Collectors;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FilePass;
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
import dev.prodready.stack.StackProfiler;
import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.WorkspaceException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/** The engine's entry point: workspace, collectors, facts, checks, report. */
public final class Audit {

    private final Catalogue catalogue;
    private final List<Collector> collectors;

    public Audit() {
        this(Catalogue.builtIn(), Collectors.ALL);
    }

    public Audit(Catalogue catalogue, List<Collector> collectors) {
        this.catalogue = catalogue;
        this.collectors = List.copyOf(collectors);
    }

    public Report run(AuditRequest request) throws WorkspaceException {
        long started = System.nanoTime();
        Workspace workspace = Workspace.open(request.root(), request.options(), request.url());
        phase("index", started);
        long collecting = System.nanoTime();
        Collected collected = collect(workspace, collectors);
        phase("collect", collecting);
        long judging = System.nanoTime();
        ConfigOverlay overlay = new ConfigOverlay(request.config(), LocalDate.ofInstant(request.clock().instant(), ZoneOffset.UTC));
        InlineIgnores inline = new InlineIgnores(workspace);
        Facts facts = Facts.of(withoutSuppressedFindings(collected.facts, overlay, inline));
        phase("facts", judging);
        StackProfile stack = StackProfiler.profile(facts);

        // Checks are pure functions of the facts: judged in parallel, then overlaid in catalogue order.
        List<Item> items = catalogue.items();
        long checking = System.nanoTime();
        List<Outcome> outcomes = items.parallelStream().map(item -> judge(item, facts, stack, request.clock())).toList();
        phase("checks", checking);
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(overlay.apply(new ItemResult(items.get(i), outcomes.get(i))));
        }
        phase("judge", judging);
        Map<String, ItemResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.item().id(), r));
        List<RedFlagResult> redFlags = RedFlags.evaluate(catalogue.redFlags(), byId);
        Set<String> behindRaisedFlags = Set.copyOf(redFlags.stream().filter(RedFlagResult::raised)
                .flatMap(f -> f.itemIds().stream()).toList());
        Summary summary = Scoring.summarise(catalogue.areas(), results);
        Plan plan = Planner.plan(results, behindRaisedFlags);

        List<Finding> findings = facts.all(Finding.class).stream()
                .sorted(Comparator.comparing((Finding f) -> f.severity()).thenComparing(f -> String.valueOf(f.evidence().path()))
                        .thenComparingInt(f -> f.evidence().line()).thenComparing(Finding::ruleId))
                .toList();
        List<Note> notes = Stream.of(workspace.notes(), collected.notes, overlay.notes(), inline.notes()).flatMap(List::stream)
                .distinct().sorted().toList();
        Target target = new Target(request.displayPath(),
                workspace.history().info().map(i -> i.head()), request.url().map(Object::toString));
        return new Report(ToolVersion.get(), target, request.clock().instant(), stack, summary, results, redFlags,
                findings, plan, notes, facts.all(ObservatoryResult.class).stream().findFirst());
    }

    static Outcome judge(Item item, Facts facts, StackProfile stack, java.time.Clock clock) {
        Check check = Checks.forItem(item.id()).orElse(null);
        if (check == null) {
            return Outcome.unknown("no check implements this item yet");
        }
        Applicability.Verdict applies = Applicability.of(item, stack);
        if (applies.notApplicable() != null) {
            return applies.notApplicable();
        }
        try {
            Outcome outcome = check.evaluate(new CheckContext(facts, stack, item, clock));
            return Applicability.undecidedTraitCannotFail(item, stack, findingsOutweighAPass(item, facts, outcome));
        } catch (RuntimeException e) {
            return Outcome.unknown("the check could not decide (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); please report this");
        }
    }

    private static final boolean TIMINGS = System.getenv("PRODREADY_TIMINGS") != null;

    /** With PRODREADY_TIMINGS: a phase's wall time on stderr. */
    private static void phase(String name, long since) {
        if (TIMINGS) {
            System.err.printf("phase     %-16s %6d ms%n", name, (System.nanoTime() - since) / 1_000_000);
        }
    }

    private static List<Fact> withoutSuppressedFindings(List<Fact> facts, ConfigOverlay overlay, InlineIgnores inline) {
        List<Finding> findings = facts.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
        List<Fact> kept = new ArrayList<>(facts.stream().filter(f -> !(f instanceof Finding)).toList());
        kept.addAll(overlay.filter(inline.filter(findings)));
        return kept;
    }

    /**
     * An item cannot pass, or stay unknown, while an engine reports a finding of medium severity or worse
     * against it (e.g. TLS verification switched off in code under encryption.in-transit): the finding wins.
     */
    static Outcome findingsOutweighAPass(Item item, Facts facts, Outcome outcome) {
        if (outcome.status() != dev.prodready.check.Status.PASS && outcome.status() != dev.prodready.check.Status.UNKNOWN) {
            return outcome;
        }
        List<Finding> against = facts.findingsAgainst(item.id()).stream()
                .filter(f -> f.severity().weight() >= dev.prodready.catalogue.Severity.MEDIUM.weight()).toList();
        if (against.isEmpty()) {
            return outcome;
        }
        List<dev.prodready.fact.Evidence> evidence = new ArrayList<>(against.stream().limit(5)
                .map(f -> f.evidence().withNote(f.severity().id() + " finding " + f.ruleId())).toList());
        evidence.addAll(outcome.evidence().stream().limit(3).toList());
        return Outcome.fail(against.size() + " finding(s) against this item (" + against.stream().map(Finding::ruleId)
                .distinct().sorted().limit(3).collect(java.util.stream.Collectors.joining(", ")) + "); the check alone said: "
                + outcome.message(), evidence);
    }

    private record Collected(List<Fact> facts, List<Note> notes) {
    }

    private static Collected collect(Workspace workspace, List<Collector> collectors) {
        ConcurrentLinkedQueue<Fact> facts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Note> notes = new ConcurrentLinkedQueue<>();
        FactSink sink = new FactSink() {
            @Override
            public void add(Fact fact) {
                facts.add(fact);
            }

            @Override
            public void note(String path, String message) {
                notes.add(new Note(path, message));
            }
        };
        boolean timings = TIMINGS;
        List<FileCollector> fileCollectors = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (Collector c : collectors) {
            if (c instanceof FileCollector f) {
                fileCollectors.add(f);
                continue;
            }
            tasks.add(() -> {
                long start = System.nanoTime();
                try {
                    c.collect(workspace, sink);
                    if (timings) {
                        System.err.printf("collector %-16s %6d ms%n", c.id(), (System.nanoTime() - start) / 1_000_000);
                    }
                } catch (RuntimeException e) {
                    notes.add(new Note("", "collector '" + c.id() + "' stopped early (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + "); its facts may be incomplete"));
                }
            });
        }
        // The file pass first: it is the longest task and spreads over every core by itself.
        tasks.add(0, () -> {
            long start = System.nanoTime();
            List<FilePass.Timing> spent = FilePass.run(workspace, fileCollectors, sink);
            if (timings) {
                spent.forEach(t -> System.err.printf("collector %-16s %6d ms (thread CPU in the file pass)%n", t.collector(),
                        t.millis()));
                System.err.printf("file pass %-16s %6d ms%n", "", (System.nanoTime() - start) / 1_000_000);
            }
        });
        tasks.parallelStream().forEach(Runnable::run);
        return new Collected(new ArrayList<>(facts), new ArrayList<>(notes));
    }
}
