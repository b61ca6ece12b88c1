package dev.prodready.collect.pipeline;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CircleCI 2.1 configuration: jobs and their steps (reusable commands expanded, orb commands kept as what they
 * use), workflows for order, approval holds, branch/tag filters and schedules. CircleCI builds every push by
 * default, so a push trigger is implied for a workflow without a schedule.
 */
final class CircleCi {

    static final String PLATFORM = "circleci";
    private static final Set<String> BUILT_IN = Set.of("checkout", "setup_remote_docker", "save_cache", "restore_cache",
            "persist_to_workspace", "attach_workspace", "store_artifacts", "store_test_results", "add_ssh_keys");

    private CircleCi() {
    }

    static Workflow read(String path, IacValue.Mapping doc) {
        IacValue.Mapping commands = Values.mapping(doc, "commands").orElse(IacValue.Mapping.empty(1));
        Map<String, IacValue.Mapping> definitions = new LinkedHashMap<>();
        Values.mapping(doc, "jobs").ifPresent(js -> js.entries().forEach((id, v) -> {
            if (v instanceof IacValue.Mapping j) {
                definitions.put(id, j);
            }
        }));
        List<Workflow.Trigger> triggers = new ArrayList<>();
        List<String> parameters = Values.mapping(doc, "parameters").map(p -> List.copyOf(p.entries().keySet()))
                .orElse(List.of());
        if (!parameters.isEmpty()) {
            triggers.add(new Workflow.Trigger("manual", List.of(), parameters, false,
                    doc.get("parameters").map(IacValue::line).orElse(1)));
        }
        List<Workflow.Job> jobs = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        Optional<IacValue.Mapping> workflows = Values.mapping(doc, "workflows");
        boolean anyOnPush = false;
        for (Map.Entry<String, IacValue> w : workflows.map(IacValue.Mapping::entries).orElse(Map.of()).entrySet()) {
            if (!(w.getValue() instanceof IacValue.Mapping wf)) {
                continue;
            }
            boolean scheduled = false;
            for (IacValue.Mapping t : wf.mappings("triggers")) {
                Optional<IacValue.Mapping> schedule = Values.mapping(t, "schedule");
                if (schedule.isPresent()) {
                    scheduled = true;
                    triggers.add(new Workflow.Trigger("schedule", List.of(schedule.get().text("cron")), List.of(),
                            false, t.line()));
                }
            }
            anyOnPush |= !scheduled;
            Set<String> approvals = new java.util.HashSet<>();
            for (IacValue item : IacValue.items(wf.get("jobs"))) {
                String id;
                IacValue.Mapping config;
                if (item instanceof IacValue.Scalar sc) {
                    id = sc.text();
                    config = IacValue.Mapping.empty(sc.line());
                } else if (item instanceof IacValue.Mapping m && !m.entries().isEmpty()) {
                    id = m.entries().keySet().iterator().next();
                    IacValue c = m.entries().get(id);
                    config = c instanceof IacValue.Mapping cm ? cm : IacValue.Mapping.empty(m.line());
                } else {
                    continue;
                }
                String instance = config.text("name").isEmpty() ? id : config.text("name");
                if (config.text("type").equals("approval")) {
                    approvals.add(instance);
                    continue;
                }
                IacValue.Mapping definition = definitions.get(id);
                if (definition == null) {
                    continue;
                }
                used.add(id);
                // Each use of a job in a workflow is a job run of its own (a "deploy" job used for staging and production).
                Workflow.Job job = definition(path, instance, definition, commands);
                job.needs = Values.strings(config.get("requires"));
                job.manual = job.needs.stream().anyMatch(approvals::contains);
                List<String> contexts = Values.strings(config.get("context"));
                if (!contexts.isEmpty()) {
                    job.environment = contexts.get(0);
                    job.environmentLine = config.get("context").map(IacValue::line).orElse(0);
                }
                if (scheduled) {
                    job.triggers.add(Workflow.Trigger.of("schedule", wf.line()));
                }
                Optional<IacValue.Mapping> filters = Values.mapping(config, "filters");
                List<String> tags = filters.flatMap(f -> Values.mapping(f, "tags")).map(t -> Values.strings(t.get("only")))
                        .orElse(List.of());
                List<String> branches = filters.flatMap(f -> Values.mapping(f, "branches"))
                        .map(b -> Values.strings(b.get("only"))).orElse(List.of());
                if (!tags.isEmpty()) {
                    job.triggers.add(new Workflow.Trigger("tag", tags, List.of(), false, filters.get().line()));
                }
                if (!branches.isEmpty()) {
                    job.triggers.add(new Workflow.Trigger("push", branches, List.of(), false, filters.get().line()));
                }
                jobs.add(job);
            }
        }
        if (workflows.isEmpty()) {
            definitions.forEach((id, j) -> jobs.add(definition(path, id, j, commands)));
        }
        if (anyOnPush || workflows.isEmpty()) {
            triggers.add(0, new Workflow.Trigger("push", List.of(), List.of(), true,
                    workflows.map(IacValue::line).orElse(1)));
        }
        return new Workflow(PLATFORM, path, triggers, jobs);
    }

    private static Workflow.Job definition(String path, String id, IacValue.Mapping j, IacValue.Mapping commands) {
        Workflow.Job job = new Workflow.Job(path, id, j.line());
        job.workingDirectory = j.text("working_directory").replaceFirst("^~/project/?", "");
        steps(path, IacValue.items(j.get("steps")), job, commands, 0);
        return job;
    }

    private static void steps(String path, List<IacValue> steps, Workflow.Job job, IacValue.Mapping commands, int depth) {
        for (IacValue s : steps) {
            if (s instanceof IacValue.Scalar name) {
                if (!BUILT_IN.contains(name.text())) {
                    command(path, name.text(), null, name.line(), job, commands, depth);
                }
                continue;
            }
            if (!(s instanceof IacValue.Mapping m) || m.entries().isEmpty()) {
                continue;
            }
            String key = m.entries().keySet().iterator().next();
            IacValue value = m.entries().get(key);
            if (key.equals("run")) {
                if (value instanceof IacValue.Mapping r) {
                    job.steps.add(new Workflow.Step(path, r.text("name"), "", Values.script(r.get("command")), m.line(),
                            false, r.text("working_directory").isEmpty() ? job.workingDirectory
                            : r.text("working_directory"), null));
                } else {
                    job.steps.add(new Workflow.Step(path, "", "", value.text(), m.line(), false, job.workingDirectory, null));
                }
            } else if (key.equals("when") || key.equals("unless")) {
                if (value instanceof IacValue.Mapping w) {
                    steps(path, IacValue.items(w.get("steps")), job, commands, depth);
                }
            } else if (!BUILT_IN.contains(key)) {
                command(path, key, value instanceof IacValue.Mapping p ? p : null, m.line(), job, commands, depth);
            }
        }
    }

    /** A reusable command of this file is expanded; anything else (an orb's command) is kept as used. */
    private static void command(String path, String name, IacValue.Mapping params, int line, Workflow.Job job,
                                IacValue.Mapping commands, int depth) {
        Optional<IacValue.Mapping> local = Values.mapping(commands, name);
        if (local.isPresent() && depth < 3) {
            steps(path, IacValue.items(local.get().get("steps")), job, commands, depth + 1);
            return;
        }
        job.steps.add(new Workflow.Step(path, "", name, "", line, false, job.workingDirectory, params));
    }
}
