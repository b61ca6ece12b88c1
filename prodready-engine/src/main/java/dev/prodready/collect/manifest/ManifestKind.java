package dev.prodready.collect.manifest;

import dev.prodready.fact.Ecosystem;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The manifest and lockfile formats read, recognised by file name. */
enum ManifestKind {
    PACKAGE_JSON(Ecosystem.NPM, false),
    PACKAGE_LOCK(Ecosystem.NPM, true),
    PNPM_LOCK(Ecosystem.NPM, true),
    YARN_LOCK(Ecosystem.NPM, true),
    REQUIREMENTS(Ecosystem.PYPI, false),
    PYPROJECT(Ecosystem.PYPI, false),
    PIPFILE(Ecosystem.PYPI, false),
    PIPFILE_LOCK(Ecosystem.PYPI, true),
    POETRY_LOCK(Ecosystem.PYPI, true),
    UV_LOCK(Ecosystem.PYPI, true),
    POM(Ecosystem.MAVEN, false),
    GRADLE(Ecosystem.GRADLE, false),
    GO_MOD(Ecosystem.GO, false),
    GO_SUM(Ecosystem.GO, true),
    GEMFILE(Ecosystem.RUBYGEMS, false),
    GEMFILE_LOCK(Ecosystem.RUBYGEMS, true),
    COMPOSER_JSON(Ecosystem.COMPOSER, false),
    COMPOSER_LOCK(Ecosystem.COMPOSER, true);

    /** requirements.txt, requirements-dev.txt, dev_requirements.txt, requirements.in, requirements/base.txt. */
    private static final Pattern REQUIREMENTS_NAME =
            Pattern.compile("^(?:[\\w.-]*[-_.])?requirements(?:[-_.][\\w.-]*)?\\.(?:txt|in)$");
    private static final Pattern REQUIREMENTS_DIR = Pattern.compile("(?:^|/)(?:requirements|requirements\\.d|reqs)$");

    final Ecosystem ecosystem;
    final boolean lockfile;

    ManifestKind(Ecosystem ecosystem, boolean lockfile) {
        this.ecosystem = ecosystem;
        this.lockfile = lockfile;
    }

    static Optional<ManifestKind> of(String path) {
        String name = RelativePaths.name(path);
        ManifestKind kind = switch (name) {
            case "package.json" -> PACKAGE_JSON;
            case "package-lock.json", "npm-shrinkwrap.json" -> PACKAGE_LOCK;
            case "pnpm-lock.yaml" -> PNPM_LOCK;
            case "yarn.lock" -> YARN_LOCK;
            case "pyproject.toml" -> PYPROJECT;
            case "Pipfile" -> PIPFILE;
            case "Pipfile.lock" -> PIPFILE_LOCK;
            case "poetry.lock" -> POETRY_LOCK;
            case "uv.lock" -> UV_LOCK;
            case "pom.xml" -> POM;
            case "build.gradle", "build.gradle.kts" -> GRADLE;
            case "go.mod" -> GO_MOD;
            case "go.sum" -> GO_SUM;
            case "Gemfile", "gems.rb" -> GEMFILE;
            case "Gemfile.lock", "gems.locked" -> GEMFILE_LOCK;
            case "composer.json" -> COMPOSER_JSON;
            case "composer.lock" -> COMPOSER_LOCK;
            default -> requirements(path) ? REQUIREMENTS : null;
        };
        return Optional.ofNullable(kind);
    }

    static boolean requirements(String path) {
        String name = RelativePaths.name(path).toLowerCase(Locale.ROOT);
        return REQUIREMENTS_NAME.matcher(name).matches()
                || (name.endsWith(".txt") || name.endsWith(".in"))
                && REQUIREMENTS_DIR.matcher(RelativePaths.directory(path).toLowerCase(Locale.ROOT)).find();
    }
}
