package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import dev.prodready.workspace.SourceFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform and OpenTofu configurations: every .tf/.tofu/.tf.json file read once, grouped by folder (a module),
 * and each resource, data source, module call, provider and backend emitted with its attributes and lines.
 *
 * <p>Simple references are resolved: {@code var.x} from the variable's default, from terraform.tfvars and
 * *.auto.tfvars beside it, and from per-environment tfvars files (in the folder or below it); {@code local.x}
 * when the local is a literal. Where environments disagree, the production file's value is taken (production
 * is what the checklist judges) and said so; with no production file the reference stays unresolved.
 */
final class Terraform {

    static final String FORMAT = "terraform";
    private static final Pattern REFERENCE =
            Pattern.compile("^\"?(?:\\$\\{)?(var|local)\\.([A-Za-z_][A-Za-z0-9_-]*)}?\"?$");
    private static final int MAX_RESOLVE_DEPTH = 5;

    private Terraform() {
    }

    static boolean isConfiguration(SourceFile f) {
        String n = f.name();
        return n.endsWith(".tf") || n.endsWith(".tofu") || n.endsWith(".tf.json") || n.endsWith(".tofu.json");
    }

    static boolean isVariables(SourceFile f) {
        String n = f.name();
        return n.endsWith(".tfvars") || n.endsWith(".tfvars.json");
    }

    /** A value set somewhere, with the place a user can open. */
    private record Setting(IacValue value, String path, int line) {
        String where() {
            return path + ":" + line;
        }
    }

    private record Parsed(SourceFile file, List<HclText.Item> items) {
    }

    private static final class Module {
        final String dir;
        final List<Parsed> files = new ArrayList<>();
        final Map<String, Setting> defaults = new LinkedHashMap<>();
        final Map<String, Setting> locals = new LinkedHashMap<>();
        final Map<String, Setting> auto = new LinkedHashMap<>();
        /** Per-environment tfvars file path to its settings. */
        final Map<String, Map<String, Setting>> environments = new TreeMap<>();

        Module(String dir) {
            this.dir = dir;
        }
    }

    static void collect(List<SourceFile> configurations, List<SourceFile> variableFiles, FactSink sink) {
        Map<String, Module> modules = new TreeMap<>();
        for (SourceFile f : configurations) {
            Optional<String> text = f.text();
            if (text.isEmpty()) {
                continue;
            }
            List<HclText.Item> items = readSafely(f, text.get(), sink);
            Module m = modules.computeIfAbsent(f.directory(), Module::new);
            m.files.add(new Parsed(f, items));
            for (HclText.Item item : items) {
                if (item.isBlock() && item.keyword().equals("variable") && item.labels().size() == 1) {
                    item.body().get("default").ifPresent(v -> m.defaults.put(item.labels().get(0),
                            new Setting(v, f.path(), v.line())));
                } else if (item.isBlock() && item.keyword().equals("locals")) {
                    item.body().entries().forEach((k, v) -> m.locals.put(k, new Setting(v, f.path(), v.line())));
                }
            }
        }
        for (SourceFile f : variableFiles) {
            Optional<String> text = f.text();
            if (text.isEmpty()) {
                continue;
            }
            List<HclText.Item> items = readSafely(f, text.get(), sink);
            Map<String, Setting> values = new LinkedHashMap<>();
            Map<String, IacValue> entries = new LinkedHashMap<>();
            for (HclText.Item item : items) {
                if (!item.isBlock()) {
                    values.put(item.keyword(), new Setting(item.attribute(), f.path(), item.line()));
                    entries.put(item.keyword(), item.attribute());
                }
            }
            sink.add(new IacResource(FORMAT, "tfvars", "tfvars", f.path(), new IacValue.Mapping(entries, 1),
                    Evidence.at(f.path(), 1, "Terraform variable values")));
            owner(modules, f.directory()).ifPresent(m -> {
                boolean automatic = f.directory().equals(m.dir)
                        && (f.name().startsWith("terraform.tfvars") || f.name().contains(".auto.tfvars"));
                if (automatic) {
                    m.auto.putAll(values);
                } else {
                    m.environments.put(f.path(), values);
                }
            });
        }
        for (Module m : modules.values()) {
            for (Parsed p : m.files) {
                for (HclText.Item item : p.items()) {
                    if (item.isBlock()) {
                        try {
                            emit(m, p.file(), item, sink);
                        } catch (RuntimeException | StackOverflowError e) {
                            sink.note(p.file().path(), "a block at line " + item.line() + " could not be read ("
                                    + e.getClass().getSimpleName() + ")");
                        }
                    }
                }
            }
        }
    }

    private static List<HclText.Item> readSafely(SourceFile f, String text, FactSink sink) {
        try {
            return read(f, text, sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.note(f.path(), "could not be read as Terraform (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }

    /** The module a tfvars file belongs to: its own folder, or the nearest folder above holding .tf files. */
    private static Optional<Module> owner(Map<String, Module> modules, String dir) {
        String d = dir;
        while (true) {
            Module m = modules.get(d);
            if (m != null) {
                return Optional.of(m);
            }
            if (d.isEmpty()) {
                return Optional.empty();
            }
            int slash = d.lastIndexOf('/');
            d = slash < 0 ? "" : d.substring(0, slash);
        }
    }

    private static List<HclText.Item> read(SourceFile f, String text, FactSink sink) {
        List<HclText.Item> items = new ArrayList<>();
        String problem = "";
        if (f.name().endsWith(".json")) {
            try {
                items.addAll(fromJson(JsonText.mapping(text), f.name().contains(".tfvars")));
            } catch (SyntaxProblem e) {
                problem = e.describe("JSON");
            }
        } else {
            HclText.Result r = HclText.read(text);
            items.addAll(r.items());
            if (!r.problems().isEmpty()) {
                SyntaxProblem first = r.problems().get(0);
                problem = first.describe("HCL") + (r.problems().size() > 1 ? " (and " + (r.problems().size() - 1)
                        + " more problems)" : "") + "; the rest of the file was read";
            }
        }
        if (!problem.isEmpty()) {
            sink.note(f.path(), problem);
        }
        long blocks = items.stream().filter(HclText.Item::isBlock).count();
        sink.add(new IacFile(FORMAT, f.path(), (int) blocks, problem,
                Evidence.file(f.path(), isVariables(f) ? "Terraform variable values" : "Terraform configuration")));
        return items;
    }

    /** Terraform's JSON syntax mapped onto the same items as HCL. */
    private static List<HclText.Item> fromJson(IacValue.Mapping root, boolean variables) {
        List<HclText.Item> out = new ArrayList<>();
        for (Map.Entry<String, IacValue> e : root.entries().entrySet()) {
            String keyword = e.getKey();
            IacValue v = e.getValue();
            if (variables) {
                out.add(new HclText.Item(keyword, List.of(), null, v, v.line()));
                continue;
            }
            int depth = switch (keyword) {
                case "resource", "data" -> 2;
                case "module", "variable", "provider", "output" -> 1;
                default -> 0;
            };
            labelled(keyword, v, depth, new ArrayList<>(), out);
        }
        return out;
    }

    private static void labelled(String keyword, IacValue v, int depth, List<String> labels, List<HclText.Item> out) {
        if (depth == 0) {
            for (IacValue.Mapping body : IacValue.Mapping.mappingsOf(v)) {
                out.add(new HclText.Item(keyword, List.copyOf(labels), body, null, body.line()));
            }
            return;
        }
        if (v instanceof IacValue.Mapping m) {
            for (Map.Entry<String, IacValue> e : m.entries().entrySet()) {
                List<String> next = new ArrayList<>(labels);
                next.add(e.getKey());
                labelled(keyword, e.getValue(), depth - 1, next, out);
            }
        }
    }

    private static void emit(Module m, SourceFile f, HclText.Item item, FactSink sink) {
        List<String> labels = item.labels();
        IacValue.Mapping body = (IacValue.Mapping) resolve(item.body(), m, 0);
        switch (item.keyword()) {
            case "resource", "data" -> {
                if (labels.size() == 2) {
                    sink.add(new IacResource(FORMAT, item.keyword(), labels.get(0), labels.get(1), body,
                            Evidence.at(f.path(), item.line(), "Terraform " + item.keyword() + " " + labels.get(0)
                                    + "." + labels.get(1))));
                }
            }
            case "module" -> {
                if (labels.size() == 1) {
                    String source = body.text("source");
                    sink.add(new IacResource(FORMAT, "module", source, labels.get(0), body,
                            Evidence.at(f.path(), item.line(), "Terraform module " + labels.get(0))));
                }
            }
            case "provider" -> {
                if (labels.size() == 1) {
                    sink.add(new IacResource(FORMAT, "provider", labels.get(0), body.text("alias"), body,
                            Evidence.at(f.path(), item.line(), "Terraform provider " + labels.get(0))));
                }
            }
            case "variable", "locals" -> sink.add(new IacResource(FORMAT, item.keyword(), item.keyword(),
                    labels.isEmpty() ? "" : labels.get(0), body, Evidence.at(f.path(), item.line(),
                    "Terraform " + item.keyword() + (labels.isEmpty() ? "" : " " + labels.get(0)))));
            case "terraform" -> {
                for (IacValue.Mapping backend : body.mappings("backend")) {
                    backend.entries().forEach((type, config) -> sink.add(new IacResource(FORMAT, "backend", type, "",
                            config instanceof IacValue.Mapping cm ? cm : IacValue.Mapping.empty(config.line()),
                            Evidence.at(f.path(), backend.line(), "Terraform state backend " + type))));
                }
                body.get("cloud").ifPresent(c -> sink.add(new IacResource(FORMAT, "backend", "cloud", "",
                        c instanceof IacValue.Mapping cm ? cm : IacValue.Mapping.empty(c.line()),
                        Evidence.at(f.path(), c.line(), "Terraform Cloud state backend"))));
            }
            default -> {
            }
        }
    }

    // ---- resolution -------------------------------------------------------------------------------------------

    private static IacValue resolve(IacValue v, Module m, int depth) {
        if (v instanceof IacValue.Expression e) {
            Matcher ref = REFERENCE.matcher(e.expression().strip());
            if (ref.matches() && depth < MAX_RESOLVE_DEPTH) {
                Optional<IacValue> r = ref.group(1).equals("var")
                        ? variable(m, ref.group(2), e.line(), depth)
                        : local(m, ref.group(2), e.line(), depth);
                return r.orElse(v);
            }
            return v;
        }
        if (v instanceof IacValue.Mapping map) {
            Map<String, IacValue> out = new LinkedHashMap<>();
            map.entries().forEach((k, x) -> out.put(k, resolve(x, m, depth)));
            return new IacValue.Mapping(out, map.line());
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(x -> resolve(x, m, depth)).toList(), s.line());
        }
        return v;
    }

    private static Optional<IacValue> variable(Module m, String name, int line, int depth) {
        List<Map.Entry<String, Setting>> perEnvironment = new ArrayList<>();
        m.environments.forEach((path, values) -> {
            Setting s = values.get(name);
            if (s != null) {
                perEnvironment.add(Map.entry(path, s));
            }
        });
        Setting base = m.auto.containsKey(name) ? m.auto.get(name) : m.defaults.get(name);
        if (perEnvironment.isEmpty()) {
            return base == null ? Optional.empty() : settle(base, "var." + name + ", " + (m.auto.containsKey(name)
                    ? "set in " : "default in ") + base.where(), line, m, depth);
        }
        Set<String> texts = new java.util.HashSet<>();
        perEnvironment.forEach(e -> texts.add(literal(e.getValue().value())));
        if (base != null) {
            texts.add(literal(base.value()));
        }
        if (texts.size() == 1 && !texts.contains(null)) {
            Setting any = perEnvironment.get(0).getValue();
            return settle(any, "var." + name + ", the same in every environment (" + any.where() + ")", line, m, depth);
        }
        List<String> productionFiles = m.environments.keySet().stream().filter(EnvironmentNames::production).toList();
        if (productionFiles.size() == 1) {
            Setting forProduction = m.environments.get(productionFiles.get(0)).get(name);
            if (forProduction != null) {
                return settle(forProduction, "var." + name + " as set for production in " + forProduction.where(),
                        line, m, depth);
            }
            if (base != null) {
                return settle(base, "var." + name + ", which " + productionFiles.get(0) + " leaves at "
                        + base.where(), line, m, depth);
            }
        }
        return Optional.empty();
    }

    private static Optional<IacValue> local(Module m, String name, int line, int depth) {
        Setting s = m.locals.get(name);
        return s == null ? Optional.empty() : settle(s, "local." + name + " in " + s.where(), line, m, depth);
    }

    /** The setting's value placed on the line that refers to it, resolved further if it is itself a reference. */
    private static Optional<IacValue> settle(Setting s, String origin, int line, Module m, int depth) {
        IacValue value = resolve(s.value(), m, depth + 1);
        if (!isLiteral(value)) {
            return Optional.empty();
        }
        return Optional.of(relocate(value, origin, line));
    }

    private static boolean isLiteral(IacValue v) {
        if (v instanceof IacValue.Scalar) {
            return true;
        }
        if (v instanceof IacValue.Sequence s) {
            return s.items().stream().allMatch(Terraform::isLiteral);
        }
        if (v instanceof IacValue.Mapping m) {
            return m.entries().values().stream().allMatch(Terraform::isLiteral);
        }
        return false;
    }

    private static IacValue relocate(IacValue v, String origin, int line) {
        if (v instanceof IacValue.Scalar s) {
            return s.withOrigin(origin, line);
        }
        if (v instanceof IacValue.Sequence s) {
            return new IacValue.Sequence(s.items().stream().map(x -> relocate(x, origin, line)).toList(), line);
        }
        if (v instanceof IacValue.Mapping m) {
            Map<String, IacValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(k, relocate(x, origin, line)));
            return new IacValue.Mapping(out, line);
        }
        return v;
    }

    /** A comparable text for a literal value, or null for anything computed. */
    private static String literal(IacValue v) {
        return isLiteral(v) ? render(v) : null;
    }

    private static String render(IacValue v) {
        if (v instanceof IacValue.Scalar s) {
            return s.text();
        }
        if (v instanceof IacValue.Sequence s) {
            return s.items().stream().map(Terraform::render).toList().toString();
        }
        if (v instanceof IacValue.Mapping m) {
            Map<String, String> out = new TreeMap<>();
            m.entries().forEach((k, x) -> out.put(k, render(x)));
            return out.toString();
        }
        return "";
    }
}
