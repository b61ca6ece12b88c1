package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.JsonText;
import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.IacValue;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what each step does from its commands and the actions it uses. A command that runs a package.json
 * script ("npm run ci", "yarn test") is judged by the script's own command, so the npm stub test script
 * ("echo Error: no test specified") does not count as running tests.
 */
final class StepClassifier {

    record Classified(ActionKind kind, String tool, int line, boolean ignoredFailure) {
    }

    private static final Pattern SCRIPT_CALL = Pattern.compile(
            "(^|[\\s;&|(])(npm|pnpm|yarn|bun)\\s+(run(-script)?\\s+)?([\\w:.@/-]+)");
    private static final Set<String> NPM_BARE = Set.of("test", "t", "start", "stop", "restart");
    /** A repository script a command runs: "bash .ci/run", "./deploy.sh", "sh scripts/release". */
    private static final Pattern SHELL_SCRIPT = Pattern.compile(
            "(^|[\\s;&|(])(?:(?:bash|sh|zsh|source)\\s+(?:-\\w+\\s+)*([\\w.][\\w./-]*)"
                    + "|((?:\\./)?[\\w][\\w./-]*\\.(?:sh|bash)|\\./(?:scripts|bin|deploy|ops|ci|\\.ci)/[\\w.-]+))"
                    + "(?=\\s|$|;|&|\\||\\))");
    private static final int MAX_SCRIPT_BYTES = 64 * 1024;
    private static final Pattern IGNORED = Pattern.compile("\\|\\|\\s*(true|:|exit\\s+0)\\b");
    private static final int MAX_SCRIPT_DEPTH = 3;

    private final StepRules rules;
    private final Workspace workspace;
    private final Map<String, Optional<IacValue.Mapping>> scripts = new HashMap<>();

    StepClassifier(StepRules rules, Workspace workspace) {
        this.rules = rules;
        this.workspace = workspace;
    }

    List<Classified> classify(Workflow.Step step, String[] fileLines) {
        List<Classified> out = new ArrayList<>();
        if (!step.uses().isEmpty()) {
            Set<ActionKind> seen = EnumSet.noneOf(ActionKind.class);
            for (StepRules.Rule r : rules.rules()) {
                if (r.matchesUses(step.uses(), step.with()) && seen.add(r.kind())) {
                    out.add(new Classified(r.kind(), r.tool() + " (" + StepRules.bare(step.uses()) + ")", step.line(),
                            step.ignoredFailure()));
                }
            }
        }
        if (step.run().isBlank()) {
            return out;
        }
        int searchFrom = Math.max(0, step.line() - 1);
        for (String raw : step.run().split("\n")) {
            String command = raw.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            int line = lineOf(fileLines, command, searchFrom, step.line());
            if (line > 0) {
                searchFrom = line - 1;
            }
            Expanded expanded = expand(command, step.workingDirectory(), 0);
            boolean ignored = step.ignoredFailure() || IGNORED.matcher(command).find();
            Set<ActionKind> seen = EnumSet.noneOf(ActionKind.class);
            for (StepRules.Rule r : rules.rules()) {
                if (r.matchesCommand(expanded.text()) && seen.add(r.kind())) {
                    String tool = expanded.scripts().isEmpty() ? r.tool()
                            : r.tool() + " (via " + String.join(", ", expanded.scripts()) + ")";
                    out.add(new Classified(r.kind(), tool, line, ignored));
                }
            }
        }
        return out;
    }

    private record Expanded(String text, List<String> scripts) {
    }

    /** The command with each package-script call replaced by the script's own command. */
    private Expanded expand(String command, String workingDirectory, int depth) {
        if (depth >= MAX_SCRIPT_DEPTH) {
            return new Expanded(command, List.of());
        }
        Matcher m = SCRIPT_CALL.matcher(command);
        StringBuilder b = new StringBuilder();
        List<String> used = new ArrayList<>();
        while (m.find()) {
            String tool = m.group(2);
            String name = m.group(5);
            boolean explicitRun = m.group(3) != null;
            if (tool.equals("npm") && !explicitRun && !NPM_BARE.contains(name)) {
                continue;
            }
            String scriptName = name.equals("t") ? "test" : name;
            Optional<String> body = script(workingDirectory, scriptName);
            if (body.isEmpty()) {
                continue;
            }
            Expanded inner = expand(body.get(), workingDirectory, depth + 1);
            used.add(tool + " script '" + scriptName + "'");
            used.addAll(inner.scripts());
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "( " + inner.text() + " )"));
        }
        m.appendTail(b);
        String text = b.toString();
        Matcher sh = SHELL_SCRIPT.matcher(text);
        StringBuilder withScripts = new StringBuilder();
        while (sh.find()) {
            String path = (sh.group(2) != null ? sh.group(2) : sh.group(3)).replaceFirst("^\\./", "");
            Optional<String> body = shellScript(workingDirectory, path);
            if (body.isEmpty()) {
                continue;
            }
            Expanded inner = expand(body.get(), workingDirectory, depth + 1);
            used.add("script " + path);
            used.addAll(inner.scripts());
            sh.appendReplacement(withScripts, Matcher.quoteReplacement(sh.group(1) + "( " + inner.text() + " )"));
        }
        sh.appendTail(withScripts);
        return new Expanded(withScripts.toString(), used);
    }

    /** A repository shell script's commands (comments dropped), joined one per line. */
    private Optional<String> shellScript(String workingDirectory, String path) {
        String dir = workingDirectory.replaceFirst("^\\./", "").replaceFirst("/$", "");
        Optional<SourceFile> file = dir.isEmpty() ? Optional.empty() : workspace.file(dir + "/" + path);
        if (file.isEmpty()) {
            file = workspace.file(path);
        }
        return file.filter(f -> f.size() <= MAX_SCRIPT_BYTES).flatMap(SourceFile::text)
                .map(t -> String.join("\n", t.lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()));
    }

    private Optional<String> script(String workingDirectory, String name) {
        String dir = workingDirectory.replaceFirst("^\\./", "").replaceFirst("/$", "");
        Optional<IacValue.Mapping> found = scripts(dir);
        if (found.isEmpty() && !dir.isEmpty()) {
            found = scripts("");
        }
        return found.flatMap(s -> s.get(name)).filter(v -> v instanceof IacValue.Scalar).map(IacValue::text);
    }

    private Optional<IacValue.Mapping> scripts(String dir) {
        return scripts.computeIfAbsent(dir, d -> {
            Optional<SourceFile> manifest = workspace.file(d.isEmpty() ? "package.json" : d + "/package.json");
            Optional<String> text = manifest.flatMap(SourceFile::text);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                IacValue.Mapping pkg = JsonText.mapping(text.get());
                return pkg.get("scripts").filter(v -> v instanceof IacValue.Mapping).map(v -> (IacValue.Mapping) v);
            } catch (SyntaxProblem e) {
                return Optional.empty();
            }
        });
    }

    /** The 1-based line holding {@code command}, searched from the step onwards; the step's line if not found. */
    static int lineOf(String[] fileLines, String command, int from, int fallback) {
        String probe = command.length() > 60 ? command.substring(0, 60) : command;
        for (int i = from; i < fileLines.length; i++) {
            if (fileLines[i].contains(probe)) {
                return i + 1;
            }
        }
        return fallback;
    }
}
