package dev.prodready.collect.secret;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Scans the workspace's indexed files, in parallel, merging results in path order so output is stable. */
final class TreeScanner {

    /** Findings, the rule-and-value keys found (to tell history findings apart), counts and notes. */
    record Result(List<Finding> findings, Set<String> keys, int scanned, int suppressed, List<Note> notes) {
    }

    private record FileOutcome(boolean read, SecretEngine.BlobResult result, Note failure) {
    }

    private TreeScanner() {
    }

    static Result scan(Workspace workspace, SecretEngine engine, ClientExposure exposure, FindingFactory factory) {
        List<SourceFile> files = workspace.files();
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> outcomes[i] = scanFile(files.get(i), engine, exposure));
        List<Finding> findings = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Note> notes = new ArrayList<>();
        int scanned = 0;
        int suppressed = 0;
        for (int i = 0; i < outcomes.length; i++) {
            FileOutcome outcome = outcomes[i];
            String path = files.get(i).path();
            if (outcome.failure() != null) {
                notes.add(outcome.failure());
            }
            if (!outcome.read()) {
                continue;
            }
            scanned++;
            suppressed += outcome.result().suppressed();
            outcome.result().notes().forEach(n -> notes.add(new Note(path, n)));
            for (SecretMatch m : outcome.result().matches()) {
                findings.add(factory.current(m, path, null));
                keys.add(m.key());
            }
        }
        return new Result(findings, keys, scanned, suppressed, notes);
    }

    private static FileOutcome scanFile(SourceFile file, SecretEngine engine, ClientExposure exposure) {
        Optional<String> text = file.text();
        if (text.isEmpty()) {
            return new FileOutcome(false, SecretEngine.BlobResult.EMPTY, null);
        }
        try {
            return new FileOutcome(true, engine.scan(file.path(), text.get(), exposure), null);
        } catch (StackOverflowError | RuntimeException e) {
            return new FileOutcome(true, SecretEngine.BlobResult.EMPTY,
                    new Note(file.path(), "could not be scanned for secrets: " + e.getClass().getSimpleName()));
        }
    }
}
