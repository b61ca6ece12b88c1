package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.collect.pipeline.GroovyCalls.Arg;
import dev.prodready.collect.pipeline.GroovyCalls.Call;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Jenkins pipelines, declarative ({@code pipeline { stages { stage('x') { steps { ... } } } }}) and scripted
 * ({@code node { stage('x') { ... } }}). Each stage with steps is a job; sh/bat/powershell steps are run steps at
 * their own line, other plugin steps are kept as used. A Jenkinsfile is built by a multibranch project on every
 * pushed branch, so a push trigger is implied; {@code triggers { cron }} adds a schedule, {@code parameters} a start
 * by hand with inputs, {@code when} narrows a stage to branches, tags or pull requests, and an {@code input}
 * (approval) makes its stage and every later one wait for a person.
 */
final class Jenkinsfiles {

    static final String PLATFORM = "jenkins";

    private static final Pattern FIXTURE = Pattern.compile(
            "(^|/)(fixtures?|__fixtures__|testdata|test-fixtures|test|tests|__tests__|spec)/");
    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\.(md|txt|rst|adoc|html?|png|svg)$");
    private static final Set<String> SHELLS = Set.of("sh", "bat", "powershell", "pwsh");
    private static final Set<String> PARAMETER_TYPES = Set.of("string", "text", "choice", "booleanParam", "password",
            "gitParameter", "credentials", "file", "run");
    /** Steps that show nothing about what a stage does, and Groovy keywords read as calls. */
    private static final Set<String> QUIET = Set.of("echo", "error", "sleep", "checkout", "git", "stash", "unstash",
            "archiveArtifacts", "cleanWs", "deleteDir", "writeFile", "readFile", "fileExists", "mail",
            "emailext", "slackSend", "println", "print", "def", "return", "if", "else", "try", "catch", "finally",
            "for", "while", "switch", "case", "default", "throw", "new", "import", "this", "true", "false", "null",
            "stage", "input", "timestamps", "publishHTML", "milestone", "parallel", "lock", "properties", "usernamePassword",
            "string", "file", "sshUserPrivateKey", "credentials", "readJSON", "readYaml", "writeJSON", "writeYaml",
            "tool", "load", "library", "build", "currentBuild", "scm", "env", "params");
    /** Plugin steps that say what they do even when called without arguments. */
    private static final Set<String> BARE_PLUGIN_STEPS = Set.of("waitForQualityGate", "dependencyCheckPublisher",
            "snykSecurity");
    private static final Set<String> ENVIRONMENTS = Set.of("production", "prod", "prd", "staging", "stage", "stg",
            "qa", "uat", "dev", "development", "preview", "sandbox");
    private static final Pattern DEPLOYISH = Pattern.compile("(?i)deploy|release|promot|rollout|publish|ship|live");
    private static final Pattern ENV_KEY = Pattern.compile("(?i).*(env|environment|stage|target|tier).*");

    private final String path;
    private final List<Workflow.Trigger> triggers = new ArrayList<>();
    private final List<Workflow.Job> jobs = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** An approval has been passed: every later stage waits for it. */
    private boolean gated;
    private String previous = "";
    private Workflow.Job loose;

    private Jenkinsfiles(String path) {
        this.path = path;
    }

    /** Where Jenkins reads pipelines: Jenkinsfile, Jenkinsfile.* and *.jenkinsfile outside test fixtures. */
    static boolean isJenkinsfile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean named = name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.")
                || name.toLowerCase(Locale.ROOT).endsWith(".jenkinsfile");
        return named && !DOCUMENT.matcher(name).find() && !FIXTURE.matcher(path).find();
    }

    static Workflow read(String path, String text) throws SyntaxProblem {
        List<Call> top = GroovyCalls.parse(text);
        Jenkinsfiles r = new Jenkinsfiles(path);
        Optional<Call> pipeline = top.stream().filter(c -> c.name().equals("pipeline") && !c.block().isEmpty())
                .findFirst();
        int line = pipeline.map(Call::line).orElse(top.isEmpty() ? 1 : top.get(0).line());
        r.triggers.add(new Workflow.Trigger("push", List.of(), List.of(), true, line));
        if (pipeline.isPresent()) {
            r.declarative(pipeline.get());
        } else {
            r.scripted(top);
        }
        return new Workflow(PLATFORM, path, r.triggers, r.jobs);
    }

    // ---- declarative ---------------------------------------------------------------------------------------------

    private void declarative(Call pipeline) {
        for (Call c : pipeline.block()) {
            switch (c.name()) {
                case "triggers" -> c.block().forEach(this::trigger);
                case "parameters" -> parameters(c);
                case "stages" -> stages(c.block(), new Scope(List.of(), "", false));
                default -> {
                }
            }
        }
        pipeline.block().stream().filter(c -> c.name().equals("post")).forEach(post -> {
            Workflow.Job job = job("post", post.line());
            job.manual = false;
            job.needs = previous.isEmpty() ? List.of() : List.of(previous);
            steps(post.children(), job, "", false);
            if (job.steps.isEmpty()) {
                jobs.remove(job);
            }
        });
    }

    /** What a stage inherits from the stages around it. */
    private record Scope(List<Workflow.Trigger> triggers, String environment, boolean manual) {
    }

    private void stages(List<Call> stages, Scope scope) {
        for (Call s : stages) {
            if (s.name().equals("stage")) {
                stage(s, scope);
            }
        }
    }

    private void stage(Call s, Scope outer) {
        String name = s.first().isEmpty() ? "stage@" + s.line() : s.first();
        List<Workflow.Trigger> own = new ArrayList<>(outer.triggers());
        String environment = outer.environment();
        boolean manual = outer.manual();
        int environmentLine = 0;
        for (Call c : s.block()) {
            if (c.name().equals("when")) {
                Conditions when = new Conditions();
                c.block().forEach(when::read);
                if (!when.triggers.isEmpty()) {
                    own = when.triggers;
                }
                manual |= when.manual;
                if (!when.environment.isEmpty()) {
                    environment = when.environment;
                    environmentLine = when.environmentLine;
                }
            } else if (c.name().equals("input")) {
                manual = true;
                gated = true;
            } else if (c.name().equals("environment") && environment.isEmpty()) {
                for (Call v : c.block()) {
                    String value = v.args().isEmpty() ? "" : v.args().get(0).text().replaceFirst("^=\\s*", "");
                    if (ENV_KEY.matcher(v.name()).matches() && ENVIRONMENTS.contains(value.toLowerCase(Locale.ROOT))) {
                        environment = value;
                        environmentLine = v.line();
                    }
                }
            }
        }
        if (environment.isEmpty() && DEPLOYISH.matcher(name).find()) {
            environment = environmentIn(name);
            environmentLine = environment.isEmpty() ? 0 : s.line();
        }
        Scope inner = new Scope(own, environment, manual);
        for (Call c : s.block()) {
            switch (c.name()) {
                case "stages" -> stages(c.block(), inner);
                case "parallel" -> parallel(c.block(), inner);
                case "matrix" -> c.block().stream().filter(m -> m.name().equals("stages"))
                        .forEach(m -> stages(m.block(), inner));
                default -> {
                }
            }
        }
        Optional<Call> steps = s.block().stream().filter(c -> c.name().equals("steps")).findFirst();
        if (steps.isEmpty()) {
            return;
        }
        Workflow.Job job = job(name, s.line());
        job.manual = manual || gated;
        job.environment = environment;
        job.environmentLine = environmentLine;
        job.needs = previous.isEmpty() ? List.of() : List.of(previous);
        job.triggers.addAll(own);
        steps(steps.get().children(), job, "", false);
        s.block().stream().filter(c -> c.name().equals("post")).forEach(p -> steps(p.children(), job, "", false));
        previous = job.id;
    }

    private void parallel(List<Call> branches, Scope scope) {
        boolean before = gated;
        String start = previous;
        boolean after = before;
        for (Call b : branches) {
            gated = before;
            previous = start;
            if (b.name().equals("stage")) {
                stage(b, scope);
            }
            after |= gated;
        }
        gated = after;
    }

    /** The conditions of a when block that say when a stage runs. */
    private final class Conditions {
        final List<Workflow.Trigger> triggers = new ArrayList<>();
        boolean manual;
        String environment = "";
        int environmentLine;

        void read(Call c) {
            switch (c.name()) {
                case "branch" -> triggers.add(new Workflow.Trigger("push", List.of(pattern(c)), List.of(), false, c.line()));
                case "tag" -> triggers.add(new Workflow.Trigger("tag", List.of(pattern(c)), List.of(), false, c.line()));
                case "buildingTag" -> triggers.add(Workflow.Trigger.of("tag", c.line()));
                case "changeRequest" -> triggers.add(Workflow.Trigger.of("pull-request", c.line()));
                case "triggeredBy" -> {
                    String cause = c.arg("cause", 0).map(Arg::text).orElse("");
                    if (cause.contains("Timer") || cause.equalsIgnoreCase("cron")) {
                        triggers.add(Workflow.Trigger.of("schedule", c.line()));
                    } else if (cause.contains("UserId")) {
                        triggers.add(Workflow.Trigger.of("manual", c.line()));
                        manual = true;
                    }
                }
                case "environment" -> {
                    String value = c.arg("value", 1).map(Arg::text).orElse("");
                    if (ENVIRONMENTS.contains(value.toLowerCase(Locale.ROOT))) {
                        environment = value;
                        environmentLine = c.line();
                    }
                }
                case "allOf", "anyOf" -> c.block().forEach(this::read);
                default -> {
                }
            }
        }

        private String pattern(Call c) {
            return c.arg("pattern", 0).map(Arg::text).orElse("");
        }
    }

    // ---- scripted ------------------------------------------------------------------------------------------------

    private void scripted(List<Call> top) {
        for (Call c : top) {
            visit(c, p -> {
                if (p.name().equals("pipelineTriggers")) {
                    p.forEachNested(this::trigger);
                } else if (p.name().equals("parameters")) {
                    parameters(p);
                }
            });
        }
        steps(top, null, "", false);
    }

    private static void visit(Call c, java.util.function.Consumer<Call> visitor) {
        visitor.accept(c);
        c.forEachNested(visitor);
    }

    // ---- shared --------------------------------------------------------------------------------------------------

    private void trigger(Call c) {
        switch (c.name()) {
            case "cron" -> triggers.add(new Workflow.Trigger("schedule", List.of(c.first()), List.of(), false, c.line()));
            case "pollSCM", "githubPush", "gitlab", "bitbucketPush", "gitea", "GenericTrigger" ->
                    triggers.add(Workflow.Trigger.of("push", c.line()));
            case "upstream" -> triggers.add(Workflow.Trigger.of("other", c.line()));
            default -> {
            }
        }
    }

    private void parameters(Call c) {
        List<String> names = new ArrayList<>();
        visit(c, p -> {
            if (PARAMETER_TYPES.contains(p.name())) {
                p.arg("name", -1).map(Arg::text).filter(n -> !n.isBlank()).ifPresent(names::add);
            }
        });
        if (!names.isEmpty()) {
            triggers.add(new Workflow.Trigger("manual", List.of(), names, false, c.line()));
        }
    }

    private Workflow.Job job(String name, int line) {
        String id = name;
        for (int i = 2; !ids.add(id); i++) {
            id = name + " (" + i + ")";
        }
        Workflow.Job job = new Workflow.Job(path, id, line);
        job.name = name;
        jobs.add(job);
        return job;
    }

    /** Collects the steps of {@code calls} into {@code job}; in a scripted pipeline a stage starts a new job. */
    private void steps(List<Call> calls, Workflow.Job job, String directory, boolean ignored) {
        for (Call c : calls) {
            String name = c.name();
            if (name.equals("stage") && !c.block().isEmpty()) {
                Workflow.Job stage = job(c.first().isEmpty() ? "stage@" + c.line() : c.first(), c.line());
                stage.manual = gated;
                stage.needs = previous.isEmpty() ? List.of() : List.of(previous);
                if (DEPLOYISH.matcher(stage.name).find()) {
                    stage.environment = environmentIn(stage.name);
                    stage.environmentLine = stage.environment.isEmpty() ? 0 : c.line();
                }
                steps(c.children(), stage, directory, ignored);
                previous = stage.id;
                continue;
            }
            if (SHELLS.contains(name)) {
                Optional<Arg> script = c.arg("script", 0);
                boolean status = c.arg("returnStatus", -1).map(a -> a.text().equals("true")).orElse(false);
                String label = c.arg("label", -1).map(Arg::text).orElse("");
                into(job, c).steps.add(new Workflow.Step(path, label, "", script.map(Arg::text).orElse(""), c.line(),
                        ignored || status, directory, null));
                continue;
            }
            if (name.equals("input")) {
                Workflow.Job j = into(job, c);
                j.manual = true;
                gated = true;
                if (j.environment.isEmpty()) {
                    j.environment = environmentIn(c.arg("message", 0).map(Arg::text).orElse(""));
                    j.environmentLine = j.environment.isEmpty() ? 0 : c.line();
                }
                continue;
            }
            if (name.equals("properties")) {
                continue;
            }
            String inner = directory;
            boolean innerIgnored = ignored;
            if (name.equals("dir")) {
                String sub = c.first().replaceFirst("^\\./", "").replaceFirst("/$", "");
                inner = directory.isEmpty() ? sub : directory + "/" + sub;
            } else if (name.equals("catchError")) {
                String result = c.arg("buildResult", -1).map(Arg::text).orElse("FAILURE");
                innerIgnored = ignored || result.equals("SUCCESS") || result.equals("null");
            }
            // A plugin step whose arguments hold calls (recordIssues(tools: [spotBugs()])) is still a step; a block
            // (withSonarQubeEnv { ... }) or closures in its arguments (parallel) hold the steps that run.
            if (c.block().isEmpty() && isPluginStep(c)) {
                into(job, c).steps.add(new Workflow.Step(path, "", name, "", c.line(), ignored, directory, with(c)));
            }
            List<Call> children = c.children();
            if (!children.isEmpty()) {
                steps(children, job, inner, innerIgnored);
            }
        }
    }

    /** The job a step belongs to: its stage's, or (scripted steps outside any stage) one job for them all. */
    private Workflow.Job into(Workflow.Job job, Call c) {
        if (job != null) {
            return job;
        }
        if (loose == null) {
            loose = job("pipeline", c.line());
            loose.manual = gated;
        }
        return loose;
    }

    private static boolean isPluginStep(Call c) {
        return !c.name().isEmpty() && !c.name().contains(".") && Character.isLowerCase(c.name().charAt(0))
                && !QUIET.contains(c.name()) && (!c.args().isEmpty() || BARE_PLUGIN_STEPS.contains(c.name()));
    }

    private static IacValue.Mapping with(Call c) {
        Map<String, IacValue> entries = new LinkedHashMap<>();
        for (Arg a : c.args()) {
            if (!a.label().isEmpty()) {
                entries.put(a.label(), IacValue.Scalar.of(a.text(), IacValue.Scalar.Type.STRING, a.line()));
            }
        }
        return new IacValue.Mapping(entries, c.line());
    }

    /** The environment a stage name or approval message names ("Deploy to Production" -> "production"), or "". */
    static String environmentIn(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(ENVIRONMENTS::contains)
                .findFirst().orElse("");
    }
}
