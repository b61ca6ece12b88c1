package dev.prodready.check.operations;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.CodeOwnersRule;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ops.code-owners: a CODEOWNERS file names who answers for each part of the code, and in particular for the
 * infrastructure, CI and deployment files, where an unreviewed change reaches production directly.
 */
public final class CodeOwnersCheck implements Check {

    private static final List<String> INFRA_PREFIXES = List.of("CI_", "IAC_", "CONTAINER_", "PLATFORM_");

    @Override
    public String itemId() {
        return "ops.code-owners";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<FileSignal> files = facts.all(FileSignal.class, s -> s.kind() == SignalKind.REPO_CODEOWNERS);
        if (files.isEmpty()) {
            return Outcome.fail("no CODEOWNERS file in the repository", Searched.repository("CODEOWNERS file"));
        }
        List<Evidence> file = files.stream().limit(1).map(FileSignal::evidence).toList();
        List<CodeOwnersRule> rules = facts.all(CodeOwnersRule.class);
        if (rules.stream().allMatch(r -> r.owners().isEmpty())) {
            return Outcome.partial("the CODEOWNERS file names no owners, so it assigns nobody to review anything", file);
        }
        Map<String, Evidence> infra = infrastructurePaths(facts);
        if (infra.isEmpty()) {
            return Outcome.pass("CODEOWNERS assigns owners (" + rules.size() + " rules); no infrastructure, CI or "
                    + "deployment files to cover", evidenceOf(file, rules.stream().filter(r -> !r.owners().isEmpty())
                    .limit(2).map(CodeOwnersRule::evidence).toList()));
        }
        List<Pattern> compiled = rules.stream().map(r -> compile(r.pattern())).toList();
        List<Evidence> uncovered = new ArrayList<>();
        Map<String, Evidence> covering = new LinkedHashMap<>();
        infra.forEach((path, evidence) -> {
            Optional<CodeOwnersRule> owner = owner(rules, compiled, path);
            if (owner.isPresent() && !owner.get().owners().isEmpty()) {
                covering.putIfAbsent(owner.get().evidence().location(), owner.get().evidence());
            } else {
                uncovered.add(evidence.withNote(path + ": no CODEOWNERS rule gives it an owner"));
            }
        });
        if (uncovered.isEmpty()) {
            return Outcome.pass("CODEOWNERS gives an owner to every infrastructure, CI and deployment file ("
                    + infra.size() + " files)", evidenceOf(file, covering.values().stream().limit(3).toList()));
        }
        List<Evidence> evidence = new ArrayList<>(uncovered.stream().limit(5).toList());
        evidence.addAll(file);
        return Outcome.partial(uncovered.size() + " of " + infra.size() + " infrastructure, CI and deployment files "
                + "have no owner in CODEOWNERS (" + uncovered.stream().limit(3).map(Evidence::path)
                .collect(Collectors.joining(", ")) + (uncovered.size() > 3 ? ", ..." : "") + "); changes to them "
                + "need no review from whoever runs production", evidence);
    }

    private static List<Evidence> evidenceOf(List<Evidence> first, List<Evidence> more) {
        List<Evidence> out = new ArrayList<>(first);
        more.stream().filter(e -> out.stream().noneMatch(o -> o.location().equals(e.location()))).forEach(out::add);
        return out;
    }

    /** Infrastructure, CI, container and platform files the scan found, by path. */
    static Map<String, Evidence> infrastructurePaths(Facts facts) {
        Map<String, Evidence> out = new TreeMap<>();
        facts.all(IacFile.class).forEach(f -> out.putIfAbsent(f.path(), Evidence.file(f.path(), f.format())));
        facts.all(PipelineFile.class).forEach(f -> out.putIfAbsent(f.path(), Evidence.file(f.path(), f.platform())));
        facts.all(FileSignal.class, s -> s.evidence().path() != null
                        && INFRA_PREFIXES.stream().anyMatch(p -> s.kind().name().startsWith(p)))
                .forEach(s -> out.putIfAbsent(s.evidence().path(), Evidence.file(s.evidence().path(), s.kind().id())));
        out.keySet().removeIf(p -> p.isEmpty() || p.equals("."));
        return out;
    }

    /** The last rule matching {@code path}, as the forge decides ownership. */
    static Optional<CodeOwnersRule> owner(List<CodeOwnersRule> rules, List<Pattern> compiled, String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (compiled.get(i).matcher(path).matches()) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }

    /** A CODEOWNERS pattern (gitignore-like) as a regex over repository paths. */
    static Pattern compile(String pattern) {
        String p = pattern;
        boolean anchored = p.startsWith("/");
        if (anchored) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.contains("/")) {
            anchored = true;
        }
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slash = i + 2 < p.length() && p.charAt(i + 2) == '/';
                re.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '\\' && i + 1 < p.length()) {
                re.append(Pattern.quote(String.valueOf(p.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        re.append("(?:/.*)?"); // a pattern naming a folder owns everything under it
        return Pattern.compile(re.toString());
    }
}
