package dev.prodready.collect.iac;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses infrastructure and platform configuration into {@link dev.prodready.fact.IacResource} facts:
 * Terraform/OpenTofu, CloudFormation/SAM, Kubernetes, Helm values and templates, docker-compose, Dockerfiles,
 * serverless.yml, vercel.json, netlify.toml, fly.toml, render.yaml, railway, supabase/config.toml, Prometheus rules,
 * Alertmanager and Grafana dashboards. Each file is read once; a file that cannot be parsed becomes a note.
 * Files under test fixtures are left out: they describe test cases, not the application's infrastructure.
 */
public final class IacCollector implements Collector {

    private static final Pattern FIXTURE = Pattern.compile(
            "(^|/)(fixtures?|__fixtures__|testdata|test-fixtures|test|tests|__tests__|spec)/");
    private static final Set<String> SKIPPED_YAML = Set.of("pnpm-lock.yaml", "yarn.lock", ".gitlab-ci.yml",
            "bitbucket-pipelines.yml", "mkdocs.yml", "pubspec.yaml", "openapi.yaml", "swagger.yaml", "Chart.yaml",
            "Pulumi.yaml", "action.yml", "action.yaml", "codecov.yml", ".pre-commit-config.yaml", "lefthook.yml");

    @Override
    public String id() {
        return "iac";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        List<SourceFile> terraform = new ArrayList<>();
        List<SourceFile> tfvars = new ArrayList<>();
        Set<String> chartDirs = new HashSet<>();
        Projects projects = new Projects();
        List<SourceFile> files = workspace.files(f -> !FIXTURE.matcher(f.path()).find());
        for (SourceFile f : files) {
            if (f.name().equals("Chart.yaml")) {
                chartDirs.add(f.directory());
            } else if (f.name().equals("Pulumi.yaml") || f.name().equals("Pulumi.yml")) {
                projects.pulumi.add(f.directory());
            } else if (f.name().equals("cdk.json")) {
                projects.cdk.add(f.directory());
            }
        }
        Map<String, List<HelmTemplates.Context>> charts = new HashMap<>();
        for (SourceFile f : files) {
            try {
                Optional<String> chart = chartOf(f, chartDirs);
                if (chart.isPresent()) {
                    List<HelmTemplates.Context> contexts = charts.computeIfAbsent(chart.get(),
                            d -> chartContexts(workspace, files, d));
                    f.text().ifPresent(t -> contexts.forEach(c -> helmTemplate(f, t, c, sink)));
                    continue;
                }
                if (program(f, projects, sink)) {
                    continue;
                }
                route(f, terraform, tfvars, chartDirs, sink);
            } catch (RuntimeException | StackOverflowError e) {
                sink.note(f.path(), "could not be read as infrastructure code (" + e.getClass().getSimpleName() + ")");
            }
        }
        Terraform.collect(terraform, tfvars, sink);
        sink.add(new ScanCoverage(ENGINE, "tree", files.size(), "files", Evidence.file(".",
                "infrastructure and platform configuration looked for in " + files.size() + " files")));
    }

    /** Folders holding a Pulumi project (Pulumi.yaml) or a CDK app (cdk.json). */
    private static final class Projects {
        final Set<String> pulumi = new HashSet<>();
        final Set<String> cdk = new HashSet<>();

        static boolean within(String dir, Set<String> roots) {
            for (String root : roots) {
                if (root.isEmpty() || dir.equals(root) || dir.startsWith(root + "/")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern NOT_PROGRAM = Pattern.compile(
            "(^|/)(cdk\\.out|dist|build|coverage|\\.pulumi)/|\\.d\\.ts$|\\.(test|spec)\\.[jt]s$|(^|/)(jest|eslint|babel|"
                    + "prettier|webpack|vite|rollup)\\.config\\.[cm]?[jt]s$|(^|/)test_[^/]*\\.py$|(^|/)conftest\\.py$");

    /** Pulumi programs (Pulumi.yaml and code in a Pulumi project) and CDK apps; true when {@code f} was one. */
    private static boolean program(SourceFile f, Projects projects, FactSink sink) {
        String name = f.name();
        if ((name.equals("Pulumi.yaml") || name.equals("Pulumi.yml")) && !isCi(f.path())) {
            f.text().ifPresent(t -> {
                try {
                    int n = Pulumi.emitYaml(f.path(), YamlText.mapping(t), sink);
                    sink.add(new IacFile(Pulumi.FORMAT, f.path(), n, "", Evidence.file(f.path(), "Pulumi project")));
                } catch (SyntaxProblem e) {
                    unreadable(f, Pulumi.FORMAT, e.describe("YAML"), sink);
                }
            });
            return true;
        }
        String ext = f.extension();
        if (!Pulumi.PROGRAM_EXTENSIONS.contains(ext) || NOT_PROGRAM.matcher(f.path()).find()) {
            return false;
        }
        boolean pulumi = Projects.within(f.directory(), projects.pulumi);
        boolean cdk = Projects.within(f.directory(), projects.cdk);
        if (!pulumi && !cdk) {
            return false;
        }
        Optional<String> text = f.text();
        if (text.isEmpty() || f.size() > 1024 * 1024) {
            return true;
        }
        int n = pulumi ? Pulumi.emitProgram(f.path(), text.get(), ext, sink) : Cdk.emitProgram(f.path(), text.get(), ext, sink);
        if (n > 0) {
            String format = pulumi ? Pulumi.FORMAT : Cdk.FORMAT;
            sink.add(new IacFile(format, f.path(), n, "", Evidence.file(f.path(), (pulumi ? "Pulumi" : "CDK") + " program")));
        }
        return true;
    }

    /** Engine id of this collector's ScanCoverage: with it, no infrastructure file means none was found. */
    public static final String ENGINE = "iac";

    private void route(SourceFile f, List<SourceFile> terraform, List<SourceFile> tfvars, Set<String> chartDirs,
                       FactSink sink) {
        String name = f.name();
        String path = f.path();
        if (Terraform.isConfiguration(f)) {
            terraform.add(f);
            return;
        }
        if (Terraform.isVariables(f)) {
            tfvars.add(f);
            return;
        }
        if (name.endsWith(".tfstate") || name.endsWith(".tfstate.backup")) {
            sink.add(new IacFile("terraform-state", path, 0, "", Evidence.file(path,
                    "Terraform state file in the repository")));
            return;
        }
        if (Dockerfiles.isDockerfile(name)) {
            f.text().ifPresent(t -> sink.add(new IacFile(Dockerfiles.FORMAT, path, Dockerfiles.emit(path, t, sink), "",
                    Evidence.file(path, "Dockerfile"))));
            return;
        }
        Optional<String> platform = PlatformConfigs.platform(path, name);
        if (platform.isPresent()) {
            f.text().ifPresent(t -> structured(f, t, platform.get(), sink));
            return;
        }
        String ext = f.extension();
        if (ext.equals("yml") || ext.equals("yaml")) {
            if (isCi(path) || SKIPPED_YAML.contains(name)) {
                return;
            }
            if (Compose.isCompose(name)) {
                f.text().ifPresent(t -> yaml(f, t, Compose.FORMAT, sink));
                return;
            }
            if (chartDirs.contains(f.directory()) && name.toLowerCase(Locale.ROOT).startsWith("values")) {
                f.text().ifPresent(t -> yaml(f, t, "helm", sink));
                return;
            }
            Optional<String> text = f.text();
            if (text.isEmpty() || (path.contains("templates/") && text.get().contains("{{"))) {
                return;
            }
            String t = text.get();
            if (CloudFormation.looksLike(t)) {
                yaml(f, t, CloudFormation.FORMAT, sink);
            } else if (Kubernetes.looksLike(t) || Monitoring.looksLikeRules(t)
                    || Monitoring.looksLikeAlertmanager(name, t)) {
                yaml(f, t, "yaml", sink);
            }
            return;
        }
        if (ext.equals("json") || ext.equals("template")) {
            String lower = path.toLowerCase(Locale.ROOT);
            boolean dashboardPath = lower.contains("dashboard") || lower.contains("grafana");
            if (!dashboardPath && f.size() > 4 * 1024 * 1024) {
                return;
            }
            Optional<String> text = f.text();
            if (text.isEmpty()) {
                return;
            }
            if (text.get().contains("AWSTemplateFormatVersion") || (text.get().contains("\"Resources\"")
                    && text.get().contains("AWS::"))) {
                json(f, text.get(), CloudFormation.FORMAT, sink);
            } else if (dashboardPath && text.get().contains("\"panels\"")) {
                json(f, text.get(), "grafana", sink);
            }
        }
    }

    /** The chart folder whose templates/ holds {@code f} (a YAML or .tpl file, not a _helpers partial). */
    private static Optional<String> chartOf(SourceFile f, Set<String> chartDirs) {
        String ext = f.extension();
        if (chartDirs.isEmpty() || f.name().startsWith("_") || !(ext.equals("yaml") || ext.equals("yml") || ext.equals("tpl"))) {
            return Optional.empty();
        }
        for (String dir : chartDirs) {
            if (f.path().startsWith(dir.isEmpty() ? "templates/" : dir + "/templates/")) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** A per-environment values file beside values.yaml: values-production.yaml, values.prod.yml, values_live.yaml. */
    private static final Pattern OVERLAY = Pattern.compile("values[-._]([\\w.-]+)\\.ya?ml");

    /**
     * The values each of the chart's templates is rendered with, read once per chart. Production is what the checks
     * judge, so when the chart has a production overlay (values-prod.yaml, values.production.yaml...) its templates
     * are rendered with that overlay merged over values.yaml, as {@code helm upgrade -f values.yaml -f
     * values-prod.yaml} would deploy them, and the base values alone are not rendered; several production overlays
     * (values-prod-eu.yaml, values-prod-us.yaml) each give their own set of objects. Overlays of other environments
     * (staging, dev) are not rendered: they say nothing about production and would count one chart as several
     * deployments. Without a production overlay the chart's own values.yaml is what is rendered.
     */
    private static List<HelmTemplates.Context> chartContexts(Workspace workspace, List<SourceFile> files, String dir) {
        HelmTemplates.Context base = chartContext(workspace, dir);
        List<HelmTemplates.Context> production = new ArrayList<>();
        for (SourceFile f : files) {
            if (f.directory().equals(dir) && OVERLAY.matcher(f.name()).matches()
                    && EnvironmentNames.production(OVERLAY.matcher(f.name()).replaceFirst("$1"))) {
                production.add(base.withOverlay(readMapping(f.text()), f.path()));
            }
        }
        return production.isEmpty() ? List.of(base) : production;
    }

    /** The chart's default values and Chart.yaml; unreadable ones leave every value unknown. */
    private static HelmTemplates.Context chartContext(Workspace workspace, String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        String valuesPath = prefix + "values.yaml";
        Optional<String> values = workspace.file(valuesPath).flatMap(SourceFile::text);
        if (values.isEmpty()) {
            valuesPath = prefix + "values.yml";
            values = workspace.file(valuesPath).flatMap(SourceFile::text);
        }
        return new HelmTemplates.Context(readMapping(values), valuesPath,
                readMapping(workspace.file(prefix + "Chart.yaml").flatMap(SourceFile::text)));
    }

    private static IacValue.Mapping readMapping(Optional<String> text) {
        try {
            return text.isEmpty() ? IacValue.Mapping.empty(1) : YamlText.mapping(text.get());
        } catch (SyntaxProblem e) {
            return IacValue.Mapping.empty(1);
        }
    }

    /**
     * A chart template rendered with the chart's values, then read as Kubernetes objects at the template's lines; the
     * objects of an overlay's rendering say which overlay they were rendered with.
     */
    private static void helmTemplate(SourceFile f, String text, HelmTemplates.Context context, FactSink sink) {
        HelmTemplates.Rendered rendered = HelmTemplates.render(text, context, true);
        List<IacValue> docs;
        try {
            docs = YamlText.documents(rendered.yaml());
        } catch (SyntaxProblem marked) {
            rendered = HelmTemplates.render(text, context, false);
            docs = null;
        }
        try {
            docs = docs != null ? docs : YamlText.documents(rendered.yaml());
        } catch (SyntaxProblem e) {
            String problem = "not valid YAML once the chart's values are substituted"
                    + (e.line() > 0 ? " (template line " + rendered.sourceLine(e.line()) + ")" : "") + ": " + e.getMessage();
            sink.note(f.path(), problem + "; its objects were not judged");
            sink.add(new IacFile("helm", f.path(), 0, problem, Evidence.file(f.path(), "Helm template (unreadable)")));
            return;
        }
        int n = 0;
        String source = context.overlay().isEmpty() ? "Helm template"
                : "Helm template (with " + context.overlay() + ")";
        for (IacValue doc : docs) {
            if (rendered.restore(doc) instanceof IacValue.Mapping m && Kubernetes.isObject(m)) {
                n += Kubernetes.emit(f.path(), m, sink, source);
            }
        }
        sink.add(new IacFile("helm", f.path(), n, "", Evidence.file(f.path(), "Helm template")));
    }

    static boolean isCi(String path) {
        return path.startsWith(".github/") || path.equals(".gitlab-ci.yml") || path.startsWith(".circleci/")
                || path.equals("bitbucket-pipelines.yml") || path.matches("(.*/)?azure-pipelines[\\w.-]*\\.ya?ml")
                || path.startsWith(".azure-pipelines/") || path.startsWith(".gitlab/");
    }

    private static void structured(SourceFile f, String text, String platform, FactSink sink) {
        String path = f.path();
        String ext = f.extension();
        try {
            IacValue.Mapping doc = switch (ext) {
                case "json" -> JsonText.mapping(text);
                case "toml" -> TomlText.read(text);
                default -> YamlText.mapping(text);
            };
            int n = PlatformConfigs.emit(platform, path, f.name(), doc, sink);
            sink.add(new IacFile(platform, path, n, "", Evidence.file(path, platform + " configuration")));
        } catch (SyntaxProblem e) {
            unreadable(f, platform, e.describe(ext.equals("yml") ? "YAML" : ext.toUpperCase(Locale.ROOT)), sink);
        }
    }

    private static void json(SourceFile f, String text, String format, FactSink sink) {
        try {
            IacValue.Mapping doc = JsonText.mapping(text);
            int n = format.equals("grafana") ? Monitoring.grafana(f.path(), doc, sink)
                    : CloudFormation.emit(f.path(), doc, sink);
            sink.add(new IacFile(format, f.path(), n, "", Evidence.file(f.path(), format + " file")));
        } catch (SyntaxProblem e) {
            unreadable(f, format, e.describe("JSON"), sink);
        }
    }

    /** YAML of a known format, or ("yaml") any mix of Kubernetes objects, Prometheus rules and Alertmanager config. */
    private static void yaml(SourceFile f, String text, String format, FactSink sink) {
        List<IacValue> docs;
        try {
            docs = YamlText.documents(text);
        } catch (SyntaxProblem e) {
            if (!format.equals("yaml")) {
                unreadable(f, format, e.describe("YAML"), sink);
            } else if (text.contains("{{")) {
                return;
            } else {
                unreadable(f, "kubernetes", e.describe("YAML"), sink);
            }
            return;
        }
        String path = f.path();
        int n = 0;
        String found = format;
        for (IacValue doc : docs) {
            if (!(doc instanceof IacValue.Mapping m)) {
                continue;
            }
            switch (format) {
                case "compose" -> n += Compose.emit(path, m, sink);
                case "cloudformation" -> n += CloudFormation.emit(path, m, sink);
                case "helm" -> {
                    sink.add(new dev.prodready.fact.IacResource("helm", "values", "values", f.directory(), m,
                            Evidence.at(path, 1, "Helm values")));
                    Kubernetes.images(path, m, sink);
                    n++;
                }
                default -> {
                    if (Kubernetes.isObject(m)) {
                        n += Kubernetes.emit(path, m, sink);
                        found = "kubernetes";
                    } else if (m.get("groups").isPresent()) {
                        n += Monitoring.prometheusRules(path, m, sink);
                        found = "prometheus";
                    } else if (Monitoring.looksLikeAlertmanager(f.name(), text)) {
                        n += Monitoring.alertmanager(path, m, sink);
                        found = "alertmanager";
                    }
                }
            }
        }
        if (n > 0 || !format.equals("yaml")) {
            sink.add(new IacFile(found, path, n, "", Evidence.file(path, found + " file")));
        }
    }

    private static void unreadable(SourceFile f, String format, String problem, FactSink sink) {
        sink.note(f.path(), problem + "; its settings were not judged");
        sink.add(new IacFile(format, f.path(), 0, problem, Evidence.file(f.path(), format + " file (unreadable)")));
    }
}
