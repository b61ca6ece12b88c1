package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.collect.iac.YamlText;
import dev.prodready.fact.IacValue;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions workflows. Steps of local composite actions ({@code uses: ./.github/actions/x}) are read
 * from the action's own file and cited there.
 */
final class GitHubActions {

    static final String PLATFORM = "github-actions";
    private static final java.util.regex.Pattern MATRIX =
            java.util.regex.Pattern.compile("\\$\\{\\{\\s*matrix\\.([\\w-]+)\\s*}}");

    private GitHubActions() {
    }

    static boolean isWorkflow(String path) {
        return path.startsWith(".github/workflows/") && path.indexOf('/', ".github/workflows/".length()) < 0
                && (path.endsWith(".yml") || path.endsWith(".yaml"));
    }

    static Workflow read(String path, IacValue.Mapping doc, Workspace workspace) {
        List<Workflow.Trigger> triggers = triggers(doc.get("on").or(() -> doc.get("true")));
        List<Workflow.Job> jobs = new ArrayList<>();
        Optional<IacValue.Mapping> all = Values.mapping(doc, "jobs");
        String defaultDir = doc.text("defaults.run.working-directory");
        for (Map.Entry<String, IacValue> e : all.map(IacValue.Mapping::entries).orElse(Map.of()).entrySet()) {
            if (!(e.getValue() instanceof IacValue.Mapping j)) {
                continue;
            }
            Workflow.Job job = new Workflow.Job(path, e.getKey(), j.line());
            job.name = j.text("name");
            job.environment = Values.environment(j.get("environment"));
        job.environmentLine = Values.environmentLine(j.get("environment"));
            job.needs = Values.strings(j.get("needs"));
            java.util.regex.Matcher matrix = MATRIX.matcher(job.environment);
            if (matrix.find()) {
                job.matrixEnvironments = Values.strings(j.path("strategy.matrix." + matrix.group(1)));
            }
            job.ignoredFailure = Values.isTrue(j.get("continue-on-error"));
            String dir = j.text("defaults.run.working-directory");
            job.workingDirectory = dir.isEmpty() ? defaultDir : dir;
            String reusable = j.text("uses");
            if (!reusable.isEmpty()) {
                job.steps.add(new Workflow.Step(path, "", reusable, "", Values.line(j.get("uses"), j.line()),
                        job.ignoredFailure, job.workingDirectory, Values.mapping(j, "with").orElse(null)));
            }
            for (IacValue.Mapping s : j.mappings("steps")) {
                steps(path, s, job, workspace, 0);
            }
            jobs.add(job);
        }
        return new Workflow(PLATFORM, path, triggers, jobs);
    }

    private static void steps(String path, IacValue.Mapping s, Workflow.Job job, Workspace workspace, int depth) {
        String uses = s.text("uses");
        String wd = s.text("working-directory");
        boolean ignored = job.ignoredFailure || Values.isTrue(s.get("continue-on-error"));
        job.steps.add(new Workflow.Step(path, s.text("name"), uses, Values.script(s.get("run")), s.line(), ignored,
                wd.isEmpty() ? job.workingDirectory : wd, Values.mapping(s, "with").orElse(null)));
        if (uses.startsWith("./") && depth < 3) {
            composite(uses.substring(2).replaceFirst("/$", ""), job, workspace, depth);
        }
    }

    /** A local composite action: its steps run as part of the job. */
    private static void composite(String dir, Workflow.Job job, Workspace workspace, int depth) {
        for (String name : List.of("action.yml", "action.yaml")) {
            String file = dir + "/" + name;
            Optional<String> text = workspace.file(file).flatMap(f -> f.text());
            if (text.isEmpty()) {
                continue;
            }
            try {
                IacValue.Mapping action = YamlText.mapping(text.get());
                for (IacValue.Mapping s : Values.mapping(action, "runs").map(r -> r.mappings("steps")).orElse(List.of())) {
                    steps(file, s, job, workspace, depth + 1);
                }
            } catch (SyntaxProblem e) {
                workspace.note(file, e.describe("YAML") + "; the composite action's steps were not read");
            }
            return;
        }
    }

    static List<Workflow.Trigger> triggers(Optional<IacValue> on) {
        List<Workflow.Trigger> out = new ArrayList<>();
        if (on.isEmpty()) {
            return out;
        }
        IacValue v = on.get();
        if (v instanceof IacValue.Scalar || v instanceof IacValue.Sequence) {
            for (String event : Values.strings(on)) {
                out.add(Workflow.Trigger.of(event(event), v.line()));
            }
            return out;
        }
        if (!(v instanceof IacValue.Mapping m)) {
            return out;
        }
        for (Map.Entry<String, IacValue> e : m.entries().entrySet()) {
            String name = e.getKey();
            IacValue config = e.getValue();
            IacValue.Mapping c = config instanceof IacValue.Mapping cm ? cm : IacValue.Mapping.empty(config.line());
            int line = config.line();
            switch (name) {
                case "push" -> {
                    List<String> branches = Values.strings(c.get("branches"));
                    List<String> tags = Values.strings(c.get("tags"));
                    if (!tags.isEmpty()) {
                        out.add(new Workflow.Trigger("tag", tags, List.of(), false, line));
                    }
                    if (tags.isEmpty() || !branches.isEmpty()) {
                        out.add(new Workflow.Trigger("push", branches, List.of(), false, line));
                    }
                }
                case "schedule" -> {
                    List<String> crons = new ArrayList<>();
                    IacValue.Mapping.mappingsOf(config).forEach(s -> crons.add(s.text("cron")));
                    out.add(new Workflow.Trigger("schedule", crons, List.of(), false, line));
                }
                case "workflow_dispatch", "workflow_call" -> {
                    List<String> inputs = new ArrayList<>(Values.mapping(c, "inputs")
                            .map(i -> i.entries().keySet()).orElse(java.util.Set.of()));
                    out.add(new Workflow.Trigger(event(name), List.of(), inputs, false, line));
                }
                default -> out.add(new Workflow.Trigger(event(name),
                        Values.strings(c.get("branches")), List.of(), false, line));
            }
        }
        return out;
    }

    private static String event(String name) {
        return switch (name) {
            case "push" -> "push";
            case "pull_request", "pull_request_target", "merge_group" -> "pull-request";
            case "schedule" -> "schedule";
            case "workflow_dispatch", "repository_dispatch" -> "manual";
            case "workflow_call" -> "call";
            case "release" -> "release";
            default -> "other";
        };
    }
}
