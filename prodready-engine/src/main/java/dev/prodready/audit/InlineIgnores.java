package dev.prodready.audit;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code prodready-ignore: <rule-id> <reason>} in a comment on a finding's line, or alone on the line above, drops
 * that one finding (the secrets engine applies the same rule to its own findings before they get here).
 * An ignore without a reason still applies, with a note asking for one.
 */
final class InlineIgnores {

    private static final Pattern IGNORE = Pattern.compile("prodready-ignore:\\s*([\\w.-]+)(?:\\s+(\\S.*))?");

    private final Workspace workspace;
    private final List<Note> notes = new ArrayList<>();

    InlineIgnores(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Per file: its lines when it mentions prodready-ignore at all, else none (most files; not split then). */
    private final Map<String, List<String>> linesWithIgnores = new HashMap<>();

    private List<String> linesIfAnyIgnore(String path) {
        Optional<SourceFile> file = workspace.file(path).filter(SourceFile::mentionsIgnoreMarker);
        return file.flatMap(SourceFile::text).map(t -> t.lines().toList()).orElse(List.of());
    }

    List<Note> notes() {
        return notes;
    }

    List<Finding> filter(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        int ignored = 0;
        for (Finding f : findings) {
            if (ignoredAt(f)) {
                ignored++;
            } else {
                kept.add(f);
            }
        }
        if (ignored > 0) {
            notes.add(new Note("", ignored + " finding(s) ignored by prodready-ignore comments"));
        }
        return kept;
    }

    private static boolean commentOnly(String line) {
        String t = line.strip();
        return t.startsWith("//") || t.startsWith("#") || t.startsWith("/*") || t.startsWith("*") || t.startsWith("--")
                || t.startsWith("<!--") || t.startsWith("{/*");
    }

    private boolean ignoredAt(Finding f) {
        String path = f.evidence().path();
        int line = f.evidence().line();
        if (path == null || line <= 0 || f.evidence().commit() != null) {
            return false;
        }
        List<String> lines = linesWithIgnores.computeIfAbsent(path, this::linesIfAnyIgnore);
        if (lines.isEmpty()) {
            return false;
        }
        for (int i = Math.max(1, line - 1); i <= Math.min(line, lines.size()); i++) {
            // The line above counts only when it is a comment of its own, not code with a trailing ignore.
            if (i < line && !commentOnly(lines.get(i - 1))) {
                continue;
            }
            Matcher m = IGNORE.matcher(lines.get(i - 1));
            if (m.find() && m.group(1).equals(f.ruleId())) {
                String reason = m.group(2) == null ? "" : m.group(2).replaceAll("\\*/|-->|[}#]", "").strip();
                if (reason.isEmpty()) {
                    notes.add(new Note(path, "line " + i + ": prodready-ignore for " + f.ruleId()
                            + " gives no reason; add one so reviewers know why"));
                }
                return true;
            }
        }
        return false;
    }
}
