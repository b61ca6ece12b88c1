package dev.prodready.collect.pipeline;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bitbucket Pipelines: steps under default, branches, tags, pull-requests and custom (manual) pipelines, in
 * stages and parallel groups; pipes are kept as what they use. Each step is a job; its trigger is its section.
 */
final class BitbucketPipelines {

    static final String PLATFORM = "bitbucket";

    private BitbucketPipelines() {
    }

    static Workflow read(String path, IacValue.Mapping doc) {
        List<Workflow.Job> jobs = new ArrayList<>();
        Optional<IacValue.Mapping> pipelines = Values.mapping(doc, "pipelines");
        if (pipelines.isEmpty()) {
            return new Workflow(PLATFORM, path, List.of(), jobs);
        }
        for (Map.Entry<String, IacValue> section : pipelines.get().entries().entrySet()) {
            String kind = section.getKey();
            if (kind.equals("default")) {
                items(path, "default", section.getValue(), new Workflow.Trigger("push", List.of(), List.of(), false,
                        section.getValue().line()), jobs);
                continue;
            }
            if (!(section.getValue() instanceof IacValue.Mapping patterns)) {
                continue;
            }
            for (Map.Entry<String, IacValue> p : patterns.entries().entrySet()) {
                int line = p.getValue().line();
                Workflow.Trigger trigger = switch (kind) {
                    case "branches" -> new Workflow.Trigger("push", List.of(p.getKey()), List.of(), false, line);
                    case "tags" -> new Workflow.Trigger("tag", List.of(p.getKey()), List.of(), false, line);
                    case "pull-requests" -> new Workflow.Trigger("pull-request", List.of(p.getKey()), List.of(), false, line);
                    case "custom" -> new Workflow.Trigger("manual", List.of(p.getKey()), inputs(p.getValue()), false, line);
                    default -> new Workflow.Trigger("other", List.of(kind), List.of(), false, line);
                };
                items(path, kind + ":" + p.getKey(), p.getValue(), trigger, jobs);
            }
        }
        return new Workflow(PLATFORM, path, List.of(), jobs);
    }

    private static List<String> inputs(IacValue items) {
        List<String> out = new ArrayList<>();
        for (IacValue.Mapping item : IacValue.Mapping.mappingsOf(items)) {
            for (IacValue.Mapping v : item.mappings("variables")) {
                if (!v.text("name").isEmpty()) {
                    out.add(v.text("name"));
                }
            }
        }
        return out;
    }

    private static void items(String path, String section, IacValue items, Workflow.Trigger trigger,
                              List<Workflow.Job> jobs) {
        for (IacValue.Mapping item : IacValue.Mapping.mappingsOf(items)) {
            if (item.get("step").isPresent()) {
                Values.mapping(item, "step").ifPresent(s -> jobs.add(step(path, section, s, "", trigger, jobs.size())));
            } else if (item.get("parallel").isPresent()) {
                IacValue p = item.get("parallel").get();
                IacValue inner = p instanceof IacValue.Mapping pm && pm.get("steps").isPresent() ? pm.get("steps").get() : p;
                items(path, section, inner, trigger, jobs);
            } else if (item.get("stage").isPresent()) {
                Values.mapping(item, "stage").ifPresent(stage -> {
                    String deployment = stage.text("deployment");
                    for (IacValue.Mapping s : stage.mappings("steps")) {
                        Values.mapping(s, "step").ifPresent(st -> jobs.add(step(path, section, st, deployment, trigger,
                                jobs.size())));
                    }
                });
            }
        }
    }

    private static Workflow.Job step(String path, String section, IacValue.Mapping s, String stageDeployment,
                                     Workflow.Trigger trigger, int index) {
        String name = s.text("name");
        Workflow.Job job = new Workflow.Job(path, section + " / " + (name.isEmpty() ? "step " + (index + 1) : name),
                s.line());
        job.name = name;
        job.environment = s.text("deployment").isEmpty() ? stageDeployment : s.text("deployment");
        job.environmentLine = s.get("deployment").map(IacValue::line).orElse(0);
        job.manual = s.text("trigger").equals("manual") || trigger.event().equals("manual");
        job.triggers.add(trigger);
        script(path, job, s.get("script"));
        script(path, job, s.get("after-script"));
        return job;
    }

    private static void script(String path, Workflow.Job job, Optional<IacValue> script) {
        StringBuilder run = new StringBuilder();
        int runLine = -1;
        for (IacValue item : IacValue.items(script)) {
            if (item instanceof IacValue.Scalar s) {
                if (runLine < 0) {
                    runLine = s.line();
                }
                run.append(s.text()).append('\n');
            } else if (item instanceof IacValue.Mapping m && !m.text("pipe").isEmpty()) {
                if (run.length() > 0) {
                    job.steps.add(new Workflow.Step(path, "", "", run.toString(), runLine, false, "", null));
                    run.setLength(0);
                    runLine = -1;
                }
                job.steps.add(new Workflow.Step(path, "pipe", m.text("pipe"), "", m.line(), false, "",
                        Values.mapping(m, "variables").orElse(null)));
            }
        }
        if (run.length() > 0) {
            job.steps.add(new Workflow.Step(path, "", "", run.toString(), runLine, false, "", null));
        }
    }
}
