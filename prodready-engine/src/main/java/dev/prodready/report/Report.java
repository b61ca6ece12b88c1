package dev.prodready.report;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.stack.StackProfile;

import java.time.Instant;
import java.util.List;

/** Everything a scan concluded. Renderers only format this. */
public record Report(String toolVersion, Target target, Instant generatedAt, StackProfile stack, Summary summary,
                     List<ItemResult> items, List<RedFlagResult> redFlags, List<Finding> findings, Plan plan,
                     List<Note> notes) {

    public static final String SCHEMA = "prodready-report/1";

    public Report {
        items = List.copyOf(items);
        redFlags = List.copyOf(redFlags);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public List<RedFlagResult> raisedRedFlags() {
        return redFlags.stream().filter(RedFlagResult::raised).toList();
    }
}
