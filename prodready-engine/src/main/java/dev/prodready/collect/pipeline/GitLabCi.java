package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.collect.iac.YamlText;
import dev.prodready.fact.IacValue;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitLab CI: jobs (hidden templates merged through extends), local includes read from the repository,
 * template and component includes kept as what they add (SAST, secret detection, ...). GitLab builds every push
 * unless workflow rules say otherwise, so a push trigger is implied; rules and only/except give job triggers.
 */
final class GitLabCi {

    static final String PLATFORM = "gitlab";
    private static final Set<String> RESERVED = Set.of("default", "include", "stages", "variables", "workflow", "image",
            "services", "cache", "before_script", "after_script", "spec");
    private static final int MAX_INCLUDE_DEPTH = 3;

    private GitLabCi() {
    }

    private record Entry(String path, IacValue.Mapping body) {
    }

    static Workflow read(String path, List<IacValue> docs, Workspace workspace) {
        IacValue.Mapping found = IacValue.Mapping.empty(1);
        List<String> specInputs = new ArrayList<>();
        for (IacValue d : docs) {
            if (d instanceof IacValue.Mapping m) {
                if (docs.size() > 1 && m.get("spec").isPresent() && m.entries().size() == 1) {
                    Values.mapping(m, "spec").flatMap(s -> Values.mapping(s, "inputs"))
                            .ifPresent(i -> specInputs.addAll(i.entries().keySet()));
                } else {
                    found = m;
                }
            }
        }
        IacValue.Mapping config = found;
        Map<String, Entry> all = new LinkedHashMap<>();
        List<Workflow.Job> includeJobs = new ArrayList<>();
        gather(path, config, all, includeJobs, workspace, 0);

        List<Workflow.Trigger> triggers = new ArrayList<>();
        triggers.add(new Workflow.Trigger("push", List.of(), List.of(), true, 1));
        for (IacValue.Mapping rule : Values.mapping(config, "workflow").map(w -> w.mappings("rules")).orElse(List.of())) {
            String event = ruleEvent(rule.text("if"));
            if (!event.equals("push")) {
                triggers.add(Workflow.Trigger.of(event, rule.line()));
            }
        }
        List<String> prefilled = new ArrayList<>(specInputs);
        Values.mapping(config, "variables").ifPresent(vars -> vars.entries().forEach((k, v) -> {
            if (v instanceof IacValue.Mapping vm && vm.get("description").isPresent()) {
                prefilled.add(k);
            }
        }));
        if (!prefilled.isEmpty()) {
            triggers.add(new Workflow.Trigger("manual", List.of(), prefilled, false,
                    config.get("variables").or(() -> config.get("spec")).map(IacValue::line).orElse(1)));
        }

        IacValue.Mapping defaults = Values.mapping(config, "default").orElse(IacValue.Mapping.empty(1));
        List<Workflow.Job> jobs = new ArrayList<>(includeJobs);
        for (Map.Entry<String, Entry> e : all.entrySet()) {
            String id = e.getKey();
            if (id.startsWith(".") || RESERVED.contains(id)) {
                continue;
            }
            IacValue.Mapping body = extended(e.getValue().body(), all, 0);
            jobs.add(job(e.getValue().path(), id, body, defaults, config));
        }
        return new Workflow(PLATFORM, path, triggers, jobs);
    }

    /** Top-level entries of the file and of its local includes; template and component includes as jobs. */
    private static void gather(String path, IacValue.Mapping config, Map<String, Entry> all, List<Workflow.Job> includeJobs,
                               Workspace workspace, int depth) {
        Optional<IacValue> include = config.get("include");
        for (IacValue inc : IacValue.items(include)) {
            if (inc instanceof IacValue.Scalar s) {
                String ref = s.text();
                if (ref.startsWith("http")) {
                    continue;
                }
                local(ref, all, includeJobs, workspace, depth);
            } else if (inc instanceof IacValue.Mapping m) {
                if (!m.text("local").isEmpty()) {
                    local(m.text("local"), all, includeJobs, workspace, depth);
                }
                for (String key : List.of("template", "component")) {
                    if (!m.text(key).isEmpty()) {
                        Workflow.Job j = new Workflow.Job(path, m.text(key), m.line());
                        j.steps.add(new Workflow.Step(path, key, m.text(key), "", m.line(), false, "", null));
                        includeJobs.add(j);
                    }
                }
            }
        }
        config.entries().forEach((k, v) -> {
            if (v instanceof IacValue.Mapping m) {
                all.putIfAbsent(k, new Entry(path, m));
            }
        });
    }

    private static void local(String ref, Map<String, Entry> all, List<Workflow.Job> includeJobs, Workspace workspace,
                              int depth) {
        if (depth >= MAX_INCLUDE_DEPTH || ref.contains("*")) {
            return;
        }
        String file = ref.replaceFirst("^/", "");
        Optional<String> text = workspace.file(file).flatMap(f -> f.text());
        if (text.isEmpty()) {
            return;
        }
        try {
            List<IacValue> docs = YamlText.documents(text.get());
            for (IacValue d : docs) {
                if (d instanceof IacValue.Mapping m && !(docs.size() > 1 && m.get("spec").isPresent())) {
                    gather(file, m, all, includeJobs, workspace, depth + 1);
                }
            }
        } catch (SyntaxProblem e) {
            workspace.note(file, e.describe("YAML") + "; the jobs it adds to GitLab CI were not read");
        }
    }

    /** The job with the keys of the templates it extends filled in (its own keys win). */
    private static IacValue.Mapping extended(IacValue.Mapping body, Map<String, Entry> all, int depth) {
        List<String> parents = Values.strings(body.get("extends"));
        if (parents.isEmpty() || depth > 5) {
            return body;
        }
        Map<String, IacValue> merged = new LinkedHashMap<>(body.entries());
        for (String p : parents) {
            Entry parent = all.get(p);
            if (parent != null) {
                extended(parent.body(), all, depth + 1).entries().forEach(merged::putIfAbsent);
            }
        }
        return new IacValue.Mapping(merged, body.line());
    }

    private static Workflow.Job job(String path, String id, IacValue.Mapping body, IacValue.Mapping defaults,
                                    IacValue.Mapping config) {
        Workflow.Job job = new Workflow.Job(path, id, body.line());
        job.environment = Values.environment(body.get("environment"));
        job.environmentLine = Values.environmentLine(body.get("environment"));
        for (IacValue n : IacValue.items(body.get("needs"))) {
            if (n instanceof IacValue.Scalar s) {
                job.needs.add(s.text());
            } else if (n instanceof IacValue.Mapping m && !m.text("job").isEmpty()) {
                job.needs.add(m.text("job"));
            }
        }
        job.ignoredFailure = Values.isTrue(body.get("allow_failure"));
        job.manual = body.text("when").equals("manual");
        for (IacValue.Mapping rule : body.mappings("rules")) {
            if (rule.text("when").equals("manual")) {
                job.manual = true;
            }
            if (!rule.text("if").isEmpty()) {
                String event = ruleEvent(rule.text("if"));
                job.triggers.add(Workflow.Trigger.of(event, rule.line()));
            }
        }
        Optional<IacValue> only = body.get("only");
        if (only.isPresent()) {
            List<String> refs = only.get() instanceof IacValue.Mapping m ? Values.strings(m.get("refs")) : Values.strings(only);
            List<String> branches = new ArrayList<>();
            for (String ref : refs) {
                switch (ref) {
                    case "tags" -> job.triggers.add(Workflow.Trigger.of("tag", only.get().line()));
                    case "merge_requests" -> job.triggers.add(Workflow.Trigger.of("pull-request", only.get().line()));
                    case "schedules" -> job.triggers.add(Workflow.Trigger.of("schedule", only.get().line()));
                    case "web", "api", "triggers", "pipelines" -> job.triggers.add(Workflow.Trigger.of("manual", only.get().line()));
                    default -> branches.add(ref);
                }
            }
            if (!branches.isEmpty()) {
                job.triggers.add(new Workflow.Trigger("push", branches.contains("branches") ? List.of() : branches,
                        List.of(), false, only.get().line()));
            }
        }
        Optional<IacValue> before = body.get("before_script").or(() -> defaults.get("before_script"))
                .or(() -> config.get("before_script"));
        addScript(job, path, "before_script", before);
        addScript(job, path, "script", body.get("script"));
        addScript(job, path, "after_script", body.get("after_script").or(() -> defaults.get("after_script")));
        String trigger = body.text("trigger");
        if (!trigger.isEmpty()) {
            job.steps.add(new Workflow.Step(path, "trigger", trigger, "", Values.line(body.get("trigger"), body.line()),
                    job.ignoredFailure, "", null));
        }
        return job;
    }

    private static void addScript(Workflow.Job job, String path, String name, Optional<IacValue> script) {
        String run = Values.script(script);
        if (!run.isBlank()) {
            job.steps.add(new Workflow.Step(path, name, "", run, Values.line(script, job.line), job.ignoredFailure,
                    "", null));
        }
    }

    /** The pipeline source a rules "if" expression selects. */
    static String ruleEvent(String expression) {
        String e = expression.toLowerCase(Locale.ROOT).replace(" ", "");
        if (e.contains("merge_request_event") || e.contains("$ci_merge_request")) {
            return "pull-request";
        }
        if (e.contains("\"schedule\"") || e.contains("'schedule'")) {
            return "schedule";
        }
        if (e.contains("\"web\"") || e.contains("'web'") || e.contains("\"api\"") || e.contains("\"trigger\"")) {
            return "manual";
        }
        if (e.contains("$ci_commit_tag") && !e.contains("!$ci_commit_tag") && !e.contains("$ci_commit_tag==null")) {
            return "tag";
        }
        return "push";
    }
}
