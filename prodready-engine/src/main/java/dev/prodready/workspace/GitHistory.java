package dev.prodready.workspace;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scanned repository's git history, read lazily: the git binary when present (fast), JGit otherwise.
 * Anything missing (no repository, shallow clone, broken objects) becomes a note, never an exception.
 */
public final class GitHistory {

    private static final char SEP = '\u001f';
    private static final String SHALLOW_NOTE =
            "shallow clone: only part of the history is present; history findings may be incomplete";

    private final Path root;
    private final NoteLog notes;
    private final Git git;
    private volatile Optional<GitInfo> info;
    private volatile List<Commit> commits;
    private volatile List<Tag> tags;
    private volatile List<String> untracked;

    GitHistory(Path root, NoteLog notes) {
        this.root = root;
        this.notes = notes;
        this.git = new Git(root);
    }

    /** A runner for git commands against this repository (for history engines such as secrets). */
    public Git git() {
        return git;
    }

    public boolean present() {
        return info().isPresent();
    }

    public Optional<GitInfo> info() {
        Optional<GitInfo> result = info;
        if (result == null) {
            synchronized (this) {
                if (info == null) {
                    info = readInfo();
                }
                result = info;
            }
        }
        return result;
    }

    /** Commits reachable from HEAD, newest first, each with the files it touched (paths from the repo top). */
    public List<Commit> commits() {
        List<Commit> result = commits;
        if (result == null) {
            synchronized (this) {
                if (commits == null) {
                    commits = info().isPresent() ? readCommits() : List.of();
                }
                result = commits;
            }
        }
        return result;
    }

    /** The repository's tags, newest first; empty without a repository or when git cannot list them. */
    public List<Tag> tags() {
        List<Tag> result = tags;
        if (result == null) {
            synchronized (this) {
                if (tags == null) {
                    tags = info().isPresent() ? readTags() : List.of();
                }
                result = tags;
            }
        }
        return result;
    }

    /**
     * Paths on disk that git does not track and does not ignore, relative to the scanned folder; a wholly
     * untracked folder is one entry ending in '/'. Empty without a repository or when git cannot list them.
     */
    public List<String> untracked() {
        List<String> result = untracked;
        if (result == null) {
            synchronized (this) {
                if (untracked == null) {
                    untracked = info().isPresent() ? git.run("ls-files", "--others", "--exclude-standard",
                            "--directory", "-z", "--", ".").map(out -> java.util.Arrays.stream(out.split("\0"))
                            .filter(p -> !p.isBlank()).toList()).orElse(List.of()) : List.of();
                }
                result = untracked;
            }
        }
        return result;
    }

    private List<Tag> readTags() {
        Optional<String> out = git.run("for-each-ref", "--sort=-creatordate",
                "--format=%(refname:short)%1f%(*objectname)%1f%(objectname)%1f%(creatordate:iso-strict)", "refs/tags");
        if (out.isEmpty()) {
            return List.of();
        }
        List<Tag> result = new ArrayList<>();
        for (String line : out.get().split("\n")) {
            String[] parts = line.split(String.valueOf(SEP), -1);
            if (parts.length < 4 || parts[0].isBlank()) {
                continue;
            }
            String commit = parts[1].isBlank() ? parts[2].strip() : parts[1].strip(); // annotated tags peel to a commit
            result.add(new Tag(parts[0].strip(), commit, parseInstant(parts[3])));
        }
        return List.copyOf(result);
    }

    private Optional<GitInfo> readInfo() {
        boolean hasGitDir = Files.exists(root.resolve(".git"));
        Optional<String> head = git.run("rev-parse", "HEAD");
        if (head.isEmpty()) {
            if (hasGitDir) {
                Optional<GitInfo> viaJgit = readWithJgit();
                if (viaJgit.isEmpty()) {
                    notes.add(".git", "git metadata could not be read (broken or empty repository); history not scanned");
                }
                return viaJgit;
            }
            notes.add("", "not a git repository; history-based items cannot be judged");
            return Optional.empty();
        }
        String branch = git.run("symbolic-ref", "--short", "-q", "HEAD").orElse("").strip();
        boolean shallow = git.run("rev-parse", "--is-shallow-repository").orElse("false").strip().equals("true");
        if (shallow) {
            notes.add(".git", SHALLOW_NOTE);
        }
        String log = git.run("log", "--format=%ae%x1f%cI", "--", ".").orElse("");
        TreeSet<String> authors = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        int count = 0;
        for (String line : log.split("\n")) {
            int sep = line.indexOf(SEP);
            if (sep < 0) {
                continue;
            }
            count++;
            authors.add(line.substring(0, sep));
            Instant when = parseInstant(line.substring(sep + 1));
            if (last == null) {
                last = when;
            }
            first = when;
        }
        return Optional.of(new GitInfo(head.get().strip(), branch, shallow, count, List.copyOf(authors),
                first == null ? Instant.EPOCH : first, last == null ? Instant.EPOCH : last));
    }

    private Optional<GitInfo> readWithJgit() {
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return Optional.empty();
            }
            walk.markStart(walk.parseCommit(head));
            TreeSet<String> authors = new TreeSet<>();
            Instant first = Instant.EPOCH;
            Instant last = null;
            int count = 0;
            for (RevCommit c : walk) {
                count++;
                authors.add(c.getAuthorIdent().getEmailAddress());
                Instant when = Instant.ofEpochSecond(c.getCommitTime());
                if (last == null) {
                    last = when;
                }
                first = when;
            }
            boolean shallow = Files.exists(repo.getCommonDirectory().toPath().resolve("shallow"));
            if (shallow) {
                notes.add(".git", SHALLOW_NOTE);
            }
            String branch = repo.getBranch() == null || ObjectId.isId(repo.getBranch()) ? "" : repo.getBranch();
            return Optional.of(new GitInfo(head.name(), branch, shallow, count, List.copyOf(authors), first,
                    last == null ? Instant.EPOCH : last));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<Commit> readCommits() {
        // Scanning a folder inside a larger repository: keep its commits and paths relative to the folder.
        String prefix = git.run("rev-parse", "--show-prefix").orElse("").strip();
        Optional<String> out = git.run("log", "--no-renames", "--format=%x1e%H%x1f%ae%x1f%cI%x1f%s", "--name-only",
                "--", ".");
        if (out.isEmpty()) {
            notes.add(".git", "commit log could not be read; history-based items judged without it");
            return List.of();
        }
        List<Commit> result = new ArrayList<>();
        for (String record : out.get().split("\u001e")) {
            if (record.isBlank()) {
                continue;
            }
            String[] lines = record.split("\n");
            String[] head = lines[0].split(String.valueOf(SEP), 4);
            if (head.length < 4) {
                continue;
            }
            List<String> files = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String file = lines[i].strip();
                if (!file.isEmpty() && file.startsWith(prefix)) {
                    files.add(file.substring(prefix.length()));
                }
            }
            result.add(new Commit(head[0], head[1], parseInstant(head[2]), head[3], files));
        }
        return List.copyOf(result);
    }

    private static Instant parseInstant(String iso) {
        try {
            return java.time.OffsetDateTime.parse(iso.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
