package dev.prodready.check.infrastructure;

import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.PipelineJob;
import dev.prodready.fact.PipelineStep;
import dev.prodready.fact.PipelineTrigger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed CI/CD pipelines: files, the jobs in them, what starts each job, and what their steps do. A job's
 * triggers are its own where the platform sets them per job (GitLab rules, Bitbucket sections), else its file's;
 * a reusable GitHub workflow runs on whatever starts the workflows that call it.
 */
public final class Pipelines {

    private final Facts facts;
    private final List<PipelineFile> files;

    private Pipelines(Facts facts) {
        this.facts = facts;
        this.files = facts.all(PipelineFile.class);
    }

    public static Pipelines of(Facts facts) {
        return new Pipelines(facts);
    }

    public List<PipelineFile> files() {
        return files;
    }

    /**
     * The pipeline files whose steps the parser decided: every file read, and unreadable YAML (the platform rejects
     * it too, so it runs nothing); not an unreadable Jenkinsfile, whose Groovy may go beyond the subset read here
     * and still run, so its lines are read by patterns instead.
     */
    public Set<String> decidedPaths() {
        Set<String> out = new HashSet<>();
        files.stream().filter(f -> f.parsed() || !f.platform().equals("jenkins")).forEach(f -> out.add(f.path()));
        return out;
    }

    public boolean any() {
        return !files.isEmpty();
    }

    public List<PipelineJob> jobs() {
        return facts.all(PipelineJob.class);
    }

    public Optional<PipelineJob> job(String file, String id) {
        return facts.first(PipelineJob.class, j -> j.file().equals(file) && j.id().equals(id));
    }

    public List<PipelineAction> actions(ActionKind... kinds) {
        Set<ActionKind> wanted = Set.copyOf(Arrays.asList(kinds));
        return facts.all(PipelineAction.class, a -> wanted.contains(a.kind()));
    }

    public List<PipelineTrigger> triggers() {
        return facts.all(PipelineTrigger.class);
    }

    /** What starts {@code job} of {@code file}. */
    public List<PipelineTrigger> triggersOf(String file, String job) {
        return triggersOf(file, job, new HashSet<>());
    }

    private List<PipelineTrigger> triggersOf(String file, String job, Set<String> visited) {
        List<PipelineTrigger> own = facts.all(PipelineTrigger.class, t -> t.file().equals(file) && t.job().equals(job)
                && !job.isEmpty());
        if (!own.isEmpty()) {
            return own;
        }
        List<PipelineTrigger> fileLevel = facts.all(PipelineTrigger.class, t -> t.file().equals(file) && t.job().isEmpty());
        if (!visited.add(file)) {
            return fileLevel;
        }
        List<PipelineTrigger> out = new ArrayList<>(fileLevel);
        if (fileLevel.stream().anyMatch(t -> t.event().equals("call"))) {
            for (PipelineStep caller : facts.all(PipelineStep.class, s -> s.uses().replaceFirst("@.*$", "")
                    .equals("./" + file))) {
                out.addAll(triggersOf(caller.file(), caller.job(), visited));
            }
        }
        return out;
    }

    /** The action's job runs on code changes (pushes, pull requests, tags), not only by hand or on a schedule. */
    public boolean onChange(PipelineAction a) {
        return triggersOf(a.file(), a.job()).stream().anyMatch(PipelineTrigger::onChange);
    }

    public boolean onSchedule(PipelineAction a) {
        return triggersOf(a.file(), a.job()).stream().anyMatch(t -> t.event().equals("schedule"));
    }

    public Optional<PipelineJob> jobOf(PipelineAction a) {
        return job(a.file(), a.job());
    }

    /** The deployment environment of the action's job, or "". */
    public String environmentOf(PipelineAction a) {
        return jobOf(a).map(PipelineJob::environment).orElse("");
    }
}
