package dev.prodready.collect.pipeline;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.collect.iac.YamlText;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.PipelineJob;
import dev.prodready.fact.PipelineStep;
import dev.prodready.fact.PipelineTrigger;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses CI/CD configuration (GitHub Actions, GitLab CI, CircleCI, Bitbucket Pipelines, Azure Pipelines,
 * Jenkinsfiles) into files, triggers, jobs and steps, and recognises what each step does (tests, deploys, scans,
 * migrations...) with the line that shows it. Only the locations each platform reads are taken, so copies of CI files in
 * test fixtures or documentation are not mistaken for the project's pipeline.
 */
public final class PipelineCollector implements Collector {

    private static final int MAX_RUN = 4000;

    @Override
    public String id() {
        return "pipelines";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        StepRules rules = StepRules.load();
        if (!rules.problem().isEmpty()) {
            sink.note("", rules.problem() + "; pipeline steps were read but not classified");
        }
        StepClassifier classifier = new StepClassifier(rules, workspace);
        Map<String, String[]> lines = new HashMap<>();
        int read = 0;
        for (SourceFile f : workspace.files()) {
            Optional<String> platform = platform(f.path());
            if (platform.isEmpty()) {
                continue;
            }
            Optional<String> text = f.text();
            if (text.isEmpty()) {
                continue;
            }
            read++;
            try {
                Workflow w = read(platform.get(), f.path(), text.get(), workspace);
                emit(w, classifier, workspace, lines, sink);
            } catch (SyntaxProblem e) {
                String problem = e.describe(platform.get().equals(Jenkinsfiles.PLATFORM) ? "Jenkinsfile" : "YAML");
                sink.note(f.path(), problem + "; its jobs were not judged");
                sink.add(new PipelineFile(platform.get(), f.path(), 0, problem,
                        Evidence.file(f.path(), platform.get() + " pipeline (unreadable)")));
            } catch (RuntimeException | StackOverflowError e) {
                sink.note(f.path(), "could not be read as a " + platform.get() + " pipeline (" + e.getClass().getSimpleName()
                        + ")");
            }
        }
        sink.add(new ScanCoverage(ENGINE, "tree", read, "pipeline files", Evidence.file(".",
                "CI/CD configuration looked for where GitHub, GitLab, CircleCI, Bitbucket, Azure and Jenkins read it")));
    }

    /** Engine id of this collector's ScanCoverage. */
    public static final String ENGINE = "pipelines";

    static Optional<String> platform(String path) {
        if (GitHubActions.isWorkflow(path)) {
            return Optional.of(GitHubActions.PLATFORM);
        }
        if (Jenkinsfiles.isJenkinsfile(path)) {
            return Optional.of(Jenkinsfiles.PLATFORM);
        }
        return switch (path) {
            case ".gitlab-ci.yml", ".gitlab-ci.yaml" -> Optional.of(GitLabCi.PLATFORM);
            case ".circleci/config.yml", ".circleci/config.yaml" -> Optional.of(CircleCi.PLATFORM);
            case "bitbucket-pipelines.yml", "bitbucket-pipelines.yaml" -> Optional.of(BitbucketPipelines.PLATFORM);
            default -> AzurePipelines.isPipeline(path) ? Optional.of(AzurePipelines.PLATFORM) : Optional.empty();
        };
    }

    private static Workflow read(String platform, String path, String text, Workspace workspace) throws SyntaxProblem {
        if (platform.equals(Jenkinsfiles.PLATFORM)) {
            return Jenkinsfiles.read(path, text);
        }
        if (platform.equals(GitLabCi.PLATFORM)) {
            return GitLabCi.read(path, YamlText.documents(text), workspace);
        }
        IacValue.Mapping doc = YamlText.mapping(text);
        return switch (platform) {
            case GitHubActions.PLATFORM -> GitHubActions.read(path, doc, workspace);
            case CircleCi.PLATFORM -> CircleCi.read(path, doc);
            case BitbucketPipelines.PLATFORM -> BitbucketPipelines.read(path, doc);
            default -> AzurePipelines.read(path, doc);
        };
    }

    private static void emit(Workflow w, StepClassifier classifier, Workspace workspace, Map<String, String[]> lines,
                             FactSink sink) {
        String platform = w.platform();
        sink.add(new PipelineFile(platform, w.path(), w.jobs().size(), "", Evidence.file(w.path(), platform + " pipeline")));
        for (Workflow.Trigger t : w.triggers()) {
            sink.add(trigger(w, "", t, w.path()));
        }
        for (Workflow.Job job : w.jobs()) {
            String label = job.name.isEmpty() ? job.id : job.name;
            sink.add(new PipelineJob(platform, w.path(), job.id, job.name, job.environment, job.environmentLine,
                    job.needs, job.manual,
                    Evidence.at(job.path, job.line, "job " + label + (job.environment.isEmpty() ? ""
                            : " (environment " + job.environment + ")"))));
            for (String env : job.matrixEnvironments) {
                sink.add(new PipelineJob(platform, w.path(), job.id, job.name, env, job.environmentLine, job.needs,
                        job.manual, Evidence.at(job.path, job.line, "job " + label + " (matrix environment " + env + ")")));
            }
            for (Workflow.Trigger t : job.triggers) {
                sink.add(trigger(w, job.id, t, job.path));
            }
            for (Workflow.Step step : job.steps) {
                String run = step.run().length() > MAX_RUN ? step.run().substring(0, MAX_RUN) : step.run();
                sink.add(new PipelineStep(platform, w.path(), job.id, step.name(), step.uses(), run,
                        Evidence.at(step.path(), step.line(), "step in job " + label)));
                String[] fileLines = lines.computeIfAbsent(step.path(), p -> workspace.file(p)
                        .flatMap(SourceFile::text).map(t -> t.split("\n", -1)).orElse(new String[0]));
                for (StepClassifier.Classified c : classifier.classify(step, fileLines)) {
                    sink.add(new PipelineAction(c.kind(), c.tool(), platform, w.path(), job.id, c.ignoredFailure(),
                            Evidence.at(step.path(), c.line(), c.kind().id() + ": " + c.tool() + " in job " + label)));
                }
            }
        }
    }

    private static PipelineTrigger trigger(Workflow w, String job, Workflow.Trigger t, String where) {
        String note = (t.implicit() ? (w.platform().equals(Jenkinsfiles.PLATFORM)
                ? "runs on every push: a Jenkins multibranch project builds each branch that has this Jenkinsfile"
                : "runs on every push by default") : "runs on " + t.event())
                + (t.filters().isEmpty() ? "" : " (" + String.join(", ", t.filters()) + ")")
                + (t.inputs().isEmpty() ? "" : " with inputs " + String.join(", ", t.inputs()));
        return new PipelineTrigger(w.platform(), w.path(), job, t.event(), t.filters(), t.inputs(), t.implicit(),
                Evidence.at(where, t.implicit() ? 0 : Math.max(1, t.line()), note));
    }

    /** The ids of the step rules, for tests that prove the rule data loads. */
    static List<String> ruleTools() {
        return StepRules.load().rules().stream().map(StepRules.Rule::tool).toList();
    }
}
