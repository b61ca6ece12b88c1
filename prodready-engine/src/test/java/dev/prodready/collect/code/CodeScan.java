package dev.prodready.collect.code;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.WorkspaceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the code collector over a folder (a fixture app or a temp dir) and keeps what it produced. */
record CodeScan(List<Fact> facts, List<Note> notes) {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/code");

    static CodeScan of(Path root) {
        List<Fact> facts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        FactSink sink = new FactSink() {
            @Override
            public synchronized void add(Fact fact) {
                facts.add(fact);
            }

            @Override
            public synchronized void note(String path, String message) {
                notes.add(new Note(path, message));
            }
        };
        try {
            new CodeCollector().collect(Workspace.open(root), sink);
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
        return new CodeScan(facts, notes);
    }

    static CodeScan fixture(String app) {
        return of(FIXTURES.resolve(app));
    }

    /** Writes files (path, text, path, text...) into {@code dir} and scans it. */
    static CodeScan files(Path dir, String... pathsAndTexts) {
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path file = dir.resolve(pathsAndTexts[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndTexts[i + 1]);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return of(dir);
    }

    <T extends Fact> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Finding> findings() {
        return all(Finding.class);
    }

    List<Finding> findings(String ruleId) {
        return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
