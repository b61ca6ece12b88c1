package dev.prodready.report;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ObservatoryResult;
import dev.prodready.stack.StackProfile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a scan concluded. Renderers only format this.
 *
 * @param observatory the deployed site graded as MDN Observatory would, when a URL was probed
 */
public record Report(String toolVersion, Target target, Instant generatedAt, StackProfile stack, Summary summary,
                     List<ItemResult> items, List<RedFlagResult> redFlags, List<Finding> findings, Plan plan,
                     List<Note> notes, Optional<ObservatoryResult> observatory) {

    public static final String SCHEMA = "prodready-report/1";

    public Report {
        items = List.copyOf(items);
        redFlags = List.copyOf(redFlags);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** A report without live results. */
    public Report(String toolVersion, Target target, Instant generatedAt, StackProfile stack, Summary summary,
                  List<ItemResult> items, List<RedFlagResult> redFlags, List<Finding> findings, Plan plan,
                  List<Note> notes) {
        this(toolVersion, target, generatedAt, stack, summary, items, redFlags, findings, plan, notes, Optional.empty());
    }

    public List<RedFlagResult> raisedRedFlags() {
        return redFlags.stream().filter(RedFlagResult::raised).toList();
    }
}
