package dev.prodready.collect.pipeline;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azure Pipelines: stages, jobs and deployment jobs (with their environment and strategy steps), script and
 * task steps, triggers (CI trigger implied when absent), PR triggers, schedules and runtime parameters.
 */
final class AzurePipelines {

    static final String PLATFORM = "azure";
    private static final List<String> SCRIPT_KEYS = List.of("script", "bash", "pwsh", "powershell");

    private AzurePipelines() {
    }

    /** Asked of every file: compiled once, and only for paths that mention pipelines at all. */
    private static final Pattern PIPELINE_PATH =
            Pattern.compile("azure-pipelines[\\w.-]*\\.ya?ml|\\.azure-pipelines/[\\w.-]+\\.ya?ml|\\.pipelines/[\\w.-]+\\.ya?ml");

    static boolean isPipeline(String path) {
        return path.contains("pipelines") && PIPELINE_PATH.matcher(path).matches();
    }

    static Workflow read(String path, IacValue.Mapping doc) {
        List<Workflow.Trigger> triggers = new ArrayList<>();
        Optional<IacValue> trigger = doc.get("trigger");
        if (trigger.isEmpty()) {
            triggers.add(new Workflow.Trigger("push", List.of(), List.of(), true, 1));
        } else if (!trigger.get().text().equals("none")) {
            IacValue t = trigger.get();
            if (t instanceof IacValue.Mapping tm) {
                List<String> branches = Values.mapping(tm, "branches").map(b -> Values.strings(b.get("include")))
                        .orElse(List.of());
                List<String> tags = Values.mapping(tm, "tags").map(b -> Values.strings(b.get("include"))).orElse(List.of());
                triggers.add(new Workflow.Trigger("push", branches, List.of(), false, t.line()));
                if (!tags.isEmpty()) {
                    triggers.add(new Workflow.Trigger("tag", tags, List.of(), false, t.line()));
                }
            } else {
                triggers.add(new Workflow.Trigger("push", Values.strings(trigger), List.of(), false, t.line()));
            }
        }
        doc.get("pr").filter(p -> !p.text().equals("none"))
                .ifPresent(p -> triggers.add(Workflow.Trigger.of("pull-request", p.line())));
        for (IacValue.Mapping s : doc.mappings("schedules")) {
            triggers.add(new Workflow.Trigger("schedule", List.of(s.text("cron")), List.of(), false, s.line()));
        }
        List<String> parameters = doc.mappings("parameters").stream().map(p -> p.text("name")).filter(n -> !n.isEmpty())
                .toList();
        if (!parameters.isEmpty()) {
            triggers.add(new Workflow.Trigger("manual", List.of(), parameters, false, doc.get("parameters").get().line()));
        }
        List<Workflow.Job> jobs = new ArrayList<>();
        if (doc.get("stages").isPresent()) {
            for (IacValue.Mapping stage : doc.mappings("stages")) {
                for (IacValue.Mapping j : stage.mappings("jobs")) {
                    job(path, j, jobs);
                }
            }
        } else if (doc.get("jobs").isPresent()) {
            for (IacValue.Mapping j : doc.mappings("jobs")) {
                job(path, j, jobs);
            }
        } else if (doc.get("steps").isPresent()) {
            Workflow.Job single = new Workflow.Job(path, "job", doc.get("steps").get().line());
            steps(path, doc.mappings("steps"), single);
            jobs.add(single);
        }
        return new Workflow(PLATFORM, path, triggers, jobs);
    }

    private static void job(String path, IacValue.Mapping j, List<Workflow.Job> jobs) {
        String id = !j.text("job").isEmpty() ? j.text("job") : j.text("deployment");
        if (id.isEmpty()) {
            return;
        }
        Workflow.Job job = new Workflow.Job(path, id, j.line());
        job.name = j.text("displayName");
        job.needs = Values.strings(j.get("dependsOn"));
        job.ignoredFailure = Values.isTrue(j.get("continueOnError"));
        job.environment = Values.environment(j.get("environment"));
        job.environmentLine = Values.environmentLine(j.get("environment"));
        steps(path, j.mappings("steps"), job);
        Values.mapping(j, "strategy").ifPresent(strategy -> strategy.entries().values().forEach(kind -> {
            if (kind instanceof IacValue.Mapping k) {
                for (String phase : List.of("preDeploy", "deploy", "routeTraffic", "postRouteTraffic")) {
                    Values.mapping(k, phase).ifPresent(p -> steps(path, p.mappings("steps"), job));
                }
                Values.mapping(k, "on").ifPresent(on -> on.entries().values().forEach(outcome -> {
                    if (outcome instanceof IacValue.Mapping o) {
                        steps(path, o.mappings("steps"), job);
                    }
                }));
            }
        }));
        jobs.add(job);
    }

    private static void steps(String path, List<IacValue.Mapping> steps, Workflow.Job job) {
        for (IacValue.Mapping s : steps) {
            boolean ignored = job.ignoredFailure || Values.isTrue(s.get("continueOnError"));
            String name = s.text("displayName");
            String wd = s.text("workingDirectory");
            for (String key : SCRIPT_KEYS) {
                if (s.get(key).isPresent()) {
                    job.steps.add(new Workflow.Step(path, name, "", Values.script(s.get(key)), s.line(), ignored, wd, null));
                }
            }
            if (!s.text("task").isEmpty()) {
                job.steps.add(new Workflow.Step(path, name, s.text("task"), "", s.line(), ignored, wd,
                        Values.mapping(s, "inputs").orElse(null)));
            }
        }
    }
}
