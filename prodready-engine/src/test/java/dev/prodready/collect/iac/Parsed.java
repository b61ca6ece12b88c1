package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.pipeline.PipelineCollector;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Note;
import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.WorkspaceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the infrastructure and pipeline collectors over files written inline, the way a scan would: the files go
 * to a temporary folder, a Workspace is opened on it, the facts and notes come back.
 */
public final class Parsed {

    public record Result(List<Fact> facts, List<Note> notes) {
        public <T extends Fact> List<T> all(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private Parsed() {
    }

    /** The facts of one inline file. */
    public static List<Fact> file(String path, String content) {
        return files(path, content).facts();
    }

    /** Alternating paths and contents. */
    public static Result files(String... pathsAndContents) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return of(files);
    }

    public static Result of(Map<String, String> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("prodready-parsed");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            return collect(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Collects from a folder already on disk (a fixture). */
    public static Result collect(Path dir) {
        try {
            Workspace ws = Workspace.open(dir);
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
            new IacCollector().collect(ws, sink);
            new PipelineCollector().collect(ws, sink);
            notes.addAll(ws.notes());
            return new Result(facts, notes);
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
