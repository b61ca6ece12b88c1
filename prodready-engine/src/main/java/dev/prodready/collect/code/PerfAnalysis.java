package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Database calls inside loops (for/while bodies, comprehensions, and callbacks of map/forEach/each and the like):
 * one query per item, the N+1 pattern. Promise.all over per-item queries is still one query per item.
 */
final class PerfAnalysis {

    private static final Set<String> LOOP_CALLBACKS = Set.of("map", "forEach", "flatMap", "filter", "reduce", "some",
            "every", "each", "each_with_index", "map!", "collect", "find_each", "for_each", "times", "forEachIndexed");

    private final FileContext file;
    private final CodeIndex index;

    PerfAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
    }

    private static final Pattern OFFLINE = Pattern.compile(
            "(^|/)(seed|seeds|seeders|scripts?|migrations?|bin|tools|jobs/backfill)/|(^|/)seed[^/]*\\.[a-z]+$|(^|/)manage\\.py$");

    void run() {
        if (OFFLINE.matcher(file.path()).find()) {
            return; // seeds and one-off scripts are not request paths
        }
        Pattern db = file.rules().pattern("perf.dbCall." + file.language().family());
        if (db.pattern().isEmpty()) {
            return;
        }
        for (Node call : file.nodes(Kind.CALL)) {
            if (!db.matcher(call.callee()).find()) {
                continue;
            }
            loop(call).ifPresent(loop -> {
                String message = call.callee() + " runs once per item of the loop at line " + loop.line()
                        + "; fetch all items in one query (join, include, IN list) instead";
                CodeRules.Rule rule = file.rules().rule("perf.n-plus-one");
                Evidence at = Evidence.at(file.path(), call.nameLine(), message);
                index.add(new Finding(rule.id(), rule.item(), rule.severity(), message, null,
                        null, at));
            });
        }
    }

    /** The loop (statement, comprehension or iterating callback) whose body runs this call, within its function. */
    private Optional<Node> loop(Node call) {
        Node child = call;
        for (Node at = call.parent().orElse(null); at != null; child = at, at = at.parent().orElse(null)) {
            if (at.is(Kind.LOOP) && (!at.hasSlot("body") || at.inSlot("body", child) || at.slotText("body").isEmpty())) {
                return Optional.of(at);
            }
            if (at.is(Kind.FUNC)) {
                Optional<Node> iterating = iteratingCall(at);
                if (iterating.isPresent()) {
                    return iterating;
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> iteratingCall(Node func) {
        Node at = func.parent().orElse(null);
        if (at != null && at.is(Kind.ARG)) {
            at = at.parent().orElse(null);
        }
        if (at != null && at.is(Kind.CALL) && LOOP_CALLBACKS.contains(at.calleeName())) {
            return Optional.of(at);
        }
        return Optional.empty();
    }
}
