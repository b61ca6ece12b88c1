package dev.prodready.collect.secret;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.Git;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans the staged version of each added or changed file and keeps the findings on lines the commit adds,
 * so a pre-commit hook blocks new secrets without re-reporting old ones.
 */
final class StagedScanner {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    record Result(List<Finding> findings, int files, List<Note> notes) {
    }

    private final Git git;
    private final SecretEngine engine;
    private final ClientExposure exposure;
    private final FindingFactory factory;

    StagedScanner(Git git, SecretEngine engine, ClientExposure exposure, FindingFactory factory) {
        this.git = git;
        this.engine = engine;
        this.exposure = exposure;
        this.factory = factory;
    }

    Result scan() {
        List<Note> notes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String names = git.run("-c", "core.quotePath=false", "diff", "--cached", "--name-only", "-z",
                "--diff-filter=ACMR", "--no-renames").orElse(null);
        if (names == null) {
            notes.add(new Note("", "staged changes could not be listed (not a git repository?); nothing scanned"));
            return new Result(findings, 0, notes);
        }
        List<String> paths = new ArrayList<>();
        for (String p : names.split("\u0000")) {
            if (!p.isEmpty()) {
                paths.add(p);
            }
        }
        if (paths.isEmpty()) {
            return new Result(findings, 0, notes);
        }
        Map<String, BitSet> added = addedLines();
        int scanned = 0;
        try (GitProcess cat = GitProcess.start(git, List.of("cat-file", "--batch"))) {
            Thread feeder = new Thread(() -> {
                try (OutputStream out = cat.stdin()) {
                    for (String p : paths) {
                        out.write((":" + p + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException ignored) {
                    // cat-file ended early; the reader reports it
                }
            }, "secrets-staged");
            feeder.setDaemon(true);
            feeder.start();
            BufferedInputStream in = new BufferedInputStream(cat.stdout(), 1 << 16);
            for (String path : paths) {
                String header = readHeader(in);
                if (header == null) {
                    break;
                }
                String[] parts = header.split(" ");
                if (parts.length < 3) {
                    continue;
                }
                long size = Long.parseLong(parts[2]);
                if (size > HistoryScanner.MAX_BLOB || !parts[1].equals("blob")) {
                    in.skipNBytes(size);
                    in.read();
                    notes.add(new Note(path, "staged file larger than 10 MB; not scanned for secrets"));
                    continue;
                }
                byte[] data = in.readNBytes((int) size);
                in.read();
                if (isBinary(data)) {
                    continue;
                }
                scanned++;
                BitSet lines = added.get(path);
                SecretEngine.BlobResult result = engine.scan(path, new String(data, StandardCharsets.UTF_8), exposure);
                for (SecretMatch m : result.matches()) {
                    if (lines == null || lines.get(m.line())) {
                        findings.add(factory.current(m, path, null));
                    }
                }
                result.notes().forEach(n -> notes.add(new Note(path, n)));
            }
            cat.waitFor(600);
        } catch (IOException e) {
            notes.add(new Note("", "staged files could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        return new Result(findings, scanned, notes);
    }

    /** Line numbers (in the staged version) that the staged diff adds, per path. */
    private Map<String, BitSet> addedLines() {
        Map<String, BitSet> result = new HashMap<>();
        String diff = git.run("-c", "core.quotePath=false", "diff", "--cached", "-U0", "--no-color", "--no-ext-diff",
                "--no-textconv", "--diff-filter=ACMR", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/")
                .orElse("");
        BitSet current = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+++ ")) {
                String target = line.substring(4);
                current = target.startsWith("b/") ? result.computeIfAbsent(target.substring(2), k -> new BitSet())
                        : null;
            } else if (line.startsWith("@@") && current != null) {
                Matcher m = HUNK.matcher(line);
                if (m.find()) {
                    int start = Integer.parseInt(m.group(1));
                    int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    current.set(start, start + count);
                }
            }
        }
        return result;
    }

    private static String readHeader(BufferedInputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            sb.append((char) b);
        }
        return b < 0 && sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isBinary(byte[] data) {
        for (int i = 0; i < Math.min(data.length, 8000); i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
