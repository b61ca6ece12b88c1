package dev.prodready.collect.manifest;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ManifestFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads every dependency manifest and lockfile of a workspace. Declared dependencies come from manifests only;
 * a lockfile gives a {@link ManifestFact} (how many packages it locks) and the locked version of each package
 * its manifest declares, which is added to that dependency's evidence note. Lockfiles are not turned into
 * dependencies: they list every transitive package, and "the application uses X" must mean it chose X.
 * A file that cannot be parsed becomes a note and yields nothing; the others are still read.
 */
public final class ManifestReader {

    /** One file read: its fact and the dependencies it declares (none for a lockfile). */
    public record Manifest(ManifestFact fact, List<Dependency> dependencies) {
    }

    private static final List<String> NPM_LOCKS = List.of(
            "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock");

    private final Workspace workspace;
    private final BiConsumer<String, String> notes;
    private final Map<String, Lockfile> lockfiles = new HashMap<>();
    private final Map<String, Optional<VersionCatalog>> catalogs = new HashMap<>();
    private final List<Manifest> out = new ArrayList<>();

    private ManifestReader(Workspace workspace, BiConsumer<String, String> notes) {
        this.workspace = workspace;
        this.notes = notes;
    }

    /**
     * Reads the workspace's manifests, in path order.
     *
     * @param notes receives (path, message) for each file that could not be read completely
     */
    public static List<Manifest> read(Workspace workspace, BiConsumer<String, String> notes) {
        ManifestReader reader = new ManifestReader(workspace, notes);
        reader.readAll();
        return List.copyOf(reader.out);
    }

    private void readAll() {
        Map<SourceFile, ManifestKind> manifests = new LinkedHashMap<>();
        for (SourceFile file : workspace.files()) {
            ManifestKind.of(file.path()).ifPresent(kind -> manifests.put(file, kind));
        }
        Set<String> compiled = compiledRequirements(manifests);
        manifests.forEach((file, kind) -> {
            if (kind.lockfile || compiled.contains(file.path())) {
                readLockfile(file, kind);
            }
        });
        readRequirements(manifests, compiled);
        manifests.forEach((file, kind) -> {
            if (!kind.lockfile && kind != ManifestKind.REQUIREMENTS) {
                readManifest(file, kind);
            }
        });
        out.sort(Comparator.comparing((Manifest m) -> m.fact().path()));
    }

    /** requirements.txt compiled by pip-compile from a requirements.in beside it is a lockfile, not a manifest. */
    private static Set<String> compiledRequirements(Map<SourceFile, ManifestKind> manifests) {
        Set<String> inputs = new LinkedHashSet<>();
        manifests.forEach((file, kind) -> {
            if (kind == ManifestKind.REQUIREMENTS && file.path().endsWith(".in")) {
                inputs.add(file.path().substring(0, file.path().length() - 3));
            }
        });
        Set<String> compiled = new LinkedHashSet<>();
        manifests.forEach((file, kind) -> {
            if (kind == ManifestKind.REQUIREMENTS && file.path().endsWith(".txt")
                    && inputs.contains(file.path().substring(0, file.path().length() - 4))) {
                compiled.add(file.path());
            }
        });
        return compiled;
    }

    private void readLockfile(SourceFile file, ManifestKind kind) {
        Optional<String> text = file.text();
        if (text.isEmpty()) {
            return; // the workspace has noted why (too large, binary, unreadable)
        }
        Lockfile lock;
        try {
            lock = switch (kind) {
                case PACKAGE_LOCK -> NpmManifests.packageLock(file.name(), text.get());
                case PNPM_LOCK -> NpmManifests.pnpmLock(text.get());
                case YARN_LOCK -> NpmManifests.yarnLock(text.get());
                case PIPFILE_LOCK -> PythonManifests.pipfileLock(text.get());
                case POETRY_LOCK, UV_LOCK -> PythonManifests.poetryOrUvLock(file.name(), TomlText.parse(text.get()));
                case REQUIREMENTS -> PythonManifests.compiledRequirements(text.get());
                case GO_SUM -> GoModules.goSum(text.get());
                case GEMFILE_LOCK -> RubyGems.gemfileLock(text.get());
                case COMPOSER_LOCK -> ComposerManifests.composerLock(text.get());
                default -> throw new IllegalStateException("not a lockfile: " + kind);
            };
        } catch (ManifestSyntaxException e) {
            notes.accept(file.path(), e.describe() + "; locked versions from it unknown");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            notes.accept(file.path(), unexpected(e) + "; locked versions from it unknown");
            return;
        }
        lockfiles.put(file.path(), lock);
        String note = "lockfile (" + lock.format() + "): " + lock.packages() + " packages locked";
        out.add(new Manifest(new ManifestFact(kind.ecosystem, file.path(), lock.packages(), true,
                Evidence.file(file.path(), note)), List.of()));
    }

    private void readManifest(SourceFile file, ManifestKind kind) {
        Optional<String> text = file.text();
        if (text.isEmpty()) {
            return;
        }
        String path = file.path();
        String dir = file.directory();
        List<Declared> declared;
        String aside = "";
        try {
            switch (kind) {
                case PACKAGE_JSON -> declared = NpmManifests.packageJson(text.get());
                case PYPROJECT -> {
                    TomlText toml = TomlText.parse(text.get());
                    if (!toml.at("project").isObject() && !toml.at("tool.poetry").isObject()
                            && !toml.at("dependency-groups").isObject()) {
                        return; // tool configuration only (black, ruff, pytest): declares no dependencies
                    }
                    declared = PythonManifests.pyproject(toml, problems(path, "requirement", "PEP 508"));
                }
                case PIPFILE -> declared = PythonManifests.pipfile(TomlText.parse(text.get()));
                case POM -> declared = new MavenPoms(this::textOf).declared(path, XmlElement.parse(text.get()));
                case GRADLE -> declared = gradle(file, text.get());
                case GO_MOD -> {
                    GoModules.Result result = GoModules.goMod(text.get());
                    declared = result.declared();
                    if (result.indirect() > 0) {
                        aside = "; " + result.indirect() + " indirect " + (result.indirect() == 1 ? "requirement"
                                : "requirements") + " only pinned for dependencies of dependencies";
                    }
                }
                case GEMFILE -> declared = RubyGems.gemfile(text.get(), (line, code) -> notes.accept(path,
                        "the gem at line " + line + " is named by code ('" + shorten(code)
                                + "'); that dependency unknown"));
                case COMPOSER_JSON -> declared = ComposerManifests.composerJson(text.get());
                default -> throw new IllegalStateException("not a manifest: " + kind);
            }
        } catch (ManifestSyntaxException e) {
            notes.accept(path, e.describe() + "; dependencies from it unknown");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            notes.accept(path, unexpected(e) + "; dependencies from it unknown");
            return;
        }
        add(file, kind.ecosystem, declared, lockFor(kind, dir), aside);
    }

    private void readRequirements(Map<SourceFile, ManifestKind> manifests, Set<String> compiled) {
        Map<String, Set<String>> includers = new LinkedHashMap<>();
        Map<String, PythonManifests.Requirements> read = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        manifests.forEach((file, kind) -> {
            if (kind == ManifestKind.REQUIREMENTS && !compiled.contains(file.path())) {
                queue.add(file.path());
            }
        });
        Set<String> roots = Set.copyOf(queue);
        Map<String, List<String[]>> problemsByFile = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (read.containsKey(path) || compiled.contains(path)) {
                continue; // read once; a pip-compiled file included with -r was read as a lockfile
            }
            Optional<String> text = workspace.file(path).flatMap(SourceFile::text);
            if (text.isEmpty()) {
                continue;
            }
            List<String[]> problems = new ArrayList<>();
            PythonManifests.Requirements requirements;
            try {
                requirements = PythonManifests.requirements(text.get(), false,
                        (line, s) -> problems.add(new String[] {String.valueOf(line), s}));
            } catch (RuntimeException | StackOverflowError e) {
                notes.accept(path, unexpected(e) + "; dependencies from it unknown");
                continue;
            }
            read.put(path, requirements);
            problemsByFile.put(path, problems);
            for (PythonManifests.Include include : requirements.includes()) {
                Optional<String> target = RelativePaths.resolve(RelativePaths.directory(path), include.target());
                if (target.isEmpty() || workspace.file(target.get()).isEmpty()) {
                    notes.accept(path, "line " + include.line() + " includes " + include.target()
                            + ", which is not among the scanned files; the dependencies it lists are unknown");
                    continue;
                }
                includers.computeIfAbsent(target.get(), k -> new LinkedHashSet<>()).add(path);
                queue.add(target.get());
            }
        }
        Map<String, Boolean> dev = new HashMap<>();
        for (String path : read.keySet()) {
            dev.put(path, devRequirements(path, roots, includers, new LinkedHashSet<>()));
        }
        for (Map.Entry<String, PythonManifests.Requirements> entry : read.entrySet()) {
            String path = entry.getKey();
            boolean isDev = dev.get(path);
            List<Declared> declared = entry.getValue().declared().stream()
                    .map(d -> new Declared(d.name(), d.version(), isDev, d.line(), RelativePaths.name(path)))
                    .toList();
            List<String[]> problems = problemsByFile.get(path);
            if (!problems.isEmpty()) {
                String[] first = problems.get(0);
                notes.accept(path, (problems.size() == 1 ? "line " + first[0] + " is"
                        : problems.size() + " lines are") + " not a requirement pip understands ("
                        + (problems.size() == 1 ? "" : "first at line " + first[0] + ": ") + "'" + shorten(first[1])
                        + "'); skipped");
            }
            Optional<Map.Entry<String, Lockfile>> lock = Optional.empty();
            if (path.endsWith(".in")) {
                String compiledPath = path.substring(0, path.length() - 3) + ".txt";
                lock = Optional.ofNullable(lockfiles.get(compiledPath)).map(l -> Map.entry(compiledPath, l));
            }
            SourceFile file = workspace.file(path).orElseThrow();
            add(file, Ecosystem.PYPI, declared, lock, "");
        }
    }

    /**
     * A requirements file is dev when its name says so ("requirements-dev.txt", "requirements/test.txt"), or when
     * it is not a requirements file by name and only dev files include it.
     */
    private static boolean devRequirements(String path, Set<String> roots, Map<String, Set<String>> includers,
                                           Set<String> visiting) {
        if (PythonManifests.devWord(RelativePaths.name(path).replaceFirst("\\.(txt|in)$", ""))) {
            return true;
        }
        Set<String> from = includers.getOrDefault(path, Set.of());
        if (roots.contains(path) || from.isEmpty() || !visiting.add(path)) {
            return false;
        }
        return from.stream().allMatch(parent -> devRequirements(parent, roots, includers, visiting));
    }

    private List<Declared> gradle(SourceFile file, String text) {
        Map<String, String> properties = new HashMap<>();
        List<String> dirs = ancestors(file.directory());
        for (int i = dirs.size() - 1; i >= 0; i--) { // nearer gradle.properties override the root's
            String propertiesPath = join(dirs.get(i), "gradle.properties");
            textOf(propertiesPath).ifPresent(p -> readProperties(p, properties));
        }
        VersionCatalog catalog = VersionCatalog.EMPTY;
        for (String dir : dirs) {
            Optional<VersionCatalog> found = catalog(join(dir, "gradle/libs.versions.toml"));
            if (found.isPresent()) {
                catalog = found.get();
                break;
            }
        }
        GradleBuilds.Result result = GradleBuilds.read(text, properties, catalog);
        if (result.unreadable() > 0) {
            notes.accept(file.path(), (result.unreadable() == 1 ? "the dependency declared at line "
                    + result.firstUnreadable() + " is" : result.unreadable() + " dependency declarations (first at line "
                    + result.firstUnreadable() + ") are") + " computed by the build script and cannot be read "
                    + "without running it; " + (result.unreadable() == 1 ? "that dependency" : "those dependencies")
                    + " unknown");
        }
        return result.declared();
    }

    private Optional<VersionCatalog> catalog(String path) {
        return catalogs.computeIfAbsent(path, p -> textOf(p).flatMap(text -> {
            try {
                return Optional.of(VersionCatalog.parse(text));
            } catch (ManifestSyntaxException e) {
                notes.accept(p, e.describe() + "; the libraries it names are unknown");
                return Optional.of(VersionCatalog.EMPTY);
            }
        }));
    }

    private static void readProperties(String text, Map<String, String> into) {
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                continue;
            }
            int eq = s.indexOf('=');
            int colon = s.indexOf(':');
            int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (at > 0) {
                into.put(s.substring(0, at).strip(), s.substring(at + 1).strip());
            }
        }
    }

    /** The lockfile that locks a manifest's packages, with its path. */
    private Optional<Map.Entry<String, Lockfile>> lockFor(ManifestKind kind, String dir) {
        List<String> candidates = switch (kind) {
            case PACKAGE_JSON -> NPM_LOCKS;
            case PYPROJECT -> List.of("poetry.lock", "uv.lock");
            case PIPFILE -> List.of("Pipfile.lock");
            case GEMFILE -> List.of("Gemfile.lock", "gems.locked");
            case COMPOSER_JSON -> List.of("composer.lock");
            default -> List.of();
        };
        // npm, pnpm and yarn workspaces keep one lockfile at the top for every package below it.
        List<String> dirs = kind == ManifestKind.PACKAGE_JSON ? ancestors(dir) : List.of(dir);
        for (String d : dirs) {
            for (String name : candidates) {
                String path = join(d, name);
                Lockfile lock = lockfiles.get(path);
                if (lock != null) {
                    return Optional.of(Map.entry(path, lock));
                }
            }
        }
        return Optional.empty();
    }

    private void add(SourceFile file, Ecosystem ecosystem, List<Declared> declared,
                     Optional<Map.Entry<String, Lockfile>> lock, String aside) {
        String path = file.path();
        List<Dependency> dependencies = new ArrayList<>();
        for (Declared d : declared) {
            StringBuilder note = new StringBuilder(d.section()).append(": ").append(d.name());
            if (!d.version().isEmpty()) {
                note.append(' ').append(d.version());
            }
            lock.ifPresent(l -> {
                String relative = RelativePaths.relativeTo(RelativePaths.directory(l.getKey()), file.directory());
                l.getValue().version(relative, d.name(), d.version()).filter(v -> !v.equals(d.version()))
                        .ifPresent(v -> note.append("; locked ").append(v).append(" in ").append(l.getKey()));
            });
            Evidence evidence = d.line() > 0 ? Evidence.at(path, d.line(), note.toString())
                    : Evidence.file(path, note.toString());
            dependencies.add(new Dependency(ecosystem, d.name(), d.version(), d.dev(), evidence));
        }
        long dev = dependencies.stream().filter(Dependency::dev).count();
        String summary = file.name() + " declares " + dependencies.size()
                + (dependencies.size() == 1 ? " dependency" : " dependencies")
                + (dev > 0 ? " (" + dev + " for development or build only)" : "")
                + aside + lock.map(l -> "; versions locked in " + l.getKey()).orElse("");
        out.add(new Manifest(new ManifestFact(ecosystem, path, dependencies.size(), false,
                Evidence.file(path, summary)), List.copyOf(dependencies)));
    }

    private BiConsumer<Integer, String> problems(String path, String what, String standard) {
        return (line, text) -> notes.accept(path, (line > 0 ? "line " + line + ": " : "") + "'" + shorten(text)
                + "' is not a " + what + " " + standard + " allows; skipped");
    }

    private Optional<String> textOf(String path) {
        return workspace.file(path).flatMap(SourceFile::text);
    }

    /** {@code dir} and each folder above it, nearest first, ending with the root (""). */
    private static List<String> ancestors(String dir) {
        List<String> out = new ArrayList<>();
        String current = dir;
        while (true) {
            out.add(current);
            if (current.isEmpty()) {
                return out;
            }
            current = RelativePaths.directory(current);
        }
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    /** A parser failure we did not foresee: said plainly, so that one odd file never stops the others. */
    private static String unexpected(Throwable e) {
        return "could not be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())) + ")";
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
