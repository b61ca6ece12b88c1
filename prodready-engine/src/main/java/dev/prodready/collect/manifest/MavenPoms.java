package dev.prodready.collect.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maven pom.xml files. Declared: {@code <dependencies>} (also in profiles) and build {@code <plugins>} (marked dev:
 * they run at build time and never ship). {@code <dependencyManagement>} and {@code <pluginManagement>} only pin
 * versions, so they give versions, not dependencies. {@code ${property}} versions are resolved from
 * {@code <properties>}, also those of parent poms found in the scanned folder through {@code <relativePath>}.
 */
final class MavenPoms {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_PARENTS = 10;

    /** Properties and pinned versions a pom sees: its own over its parents'. */
    private record Model(Map<String, String> properties, Map<String, String> managed, Map<String, String> plugins) {
    }

    private final Function<String, Optional<String>> files;
    private final Map<String, Optional<XmlElement>> parsed = new HashMap<>();

    /** @param files reads a file of the scanned folder by its relative path */
    MavenPoms(Function<String, Optional<String>> files) {
        this.files = files;
    }

    List<Declared> declared(String path, XmlElement project) {
        parsed.put(path, Optional.of(project));
        Model model = model(path, project, new HashSet<>());
        List<Declared> out = new ArrayList<>();
        dependencies(project.path("dependencies", "dependency"), "dependencies", model, out);
        plugins(project.path("build", "plugins", "plugin"), "build.plugins", model, out);
        for (XmlElement profile : project.path("profiles", "profile")) {
            String id = profile.childText("id");
            String where = "profile " + (id.isEmpty() ? "?" : id);
            dependencies(profile.path("dependencies", "dependency"), where + " dependencies", model, out);
            plugins(profile.path("build", "plugins", "plugin"), where + " plugins", model, out);
        }
        return out;
    }

    private void dependencies(List<XmlElement> elements, String section, Model model, List<Declared> out) {
        for (XmlElement dependency : elements) {
            String group = resolve(dependency.childText("groupId"), model);
            String artifact = resolve(dependency.childText("artifactId"), model);
            if (artifact.isEmpty()) {
                continue;
            }
            String key = group + ":" + artifact;
            String version = resolve(dependency.childText("version"), model);
            if (version.isEmpty()) {
                version = resolve(model.managed().getOrDefault(key, ""), model);
            }
            boolean dev = dependency.childText("scope").equals("test");
            int line = dependency.child("artifactId").map(XmlElement::line).orElse(dependency.line());
            out.add(new Declared(key, version, dev, line, section));
        }
    }

    private void plugins(List<XmlElement> elements, String section, Model model, List<Declared> out) {
        for (XmlElement plugin : elements) {
            String group = resolve(plugin.childText("groupId"), model);
            if (group.isEmpty()) {
                group = "org.apache.maven.plugins";
            }
            String artifact = resolve(plugin.childText("artifactId"), model);
            if (artifact.isEmpty()) {
                continue;
            }
            String key = group + ":" + artifact;
            String version = resolve(plugin.childText("version"), model);
            if (version.isEmpty()) {
                version = resolve(model.plugins().getOrDefault(key, ""), model);
            }
            int line = plugin.child("artifactId").map(XmlElement::line).orElse(plugin.line());
            out.add(new Declared(key, version, true, line, section));
        }
    }

    private Model model(String path, XmlElement project, Set<String> visiting) {
        Map<String, String> properties = new HashMap<>();
        Map<String, String> managed = new HashMap<>();
        Map<String, String> plugins = new HashMap<>();
        visiting.add(path);
        Optional<XmlElement> parent = project.child("parent");
        if (parent.isPresent() && visiting.size() <= MAX_PARENTS) {
            parentPath(path, parent.get()).filter(p -> !visiting.contains(p)).ifPresent(parentPath ->
                    pom(parentPath).ifPresent(parentPom -> {
                        Model inherited = model(parentPath, parentPom, visiting);
                        properties.putAll(inherited.properties());
                        managed.putAll(inherited.managed());
                        plugins.putAll(inherited.plugins());
                    }));
        }
        String parentGroup = parent.map(p -> p.childText("groupId")).orElse("");
        String parentVersion = parent.map(p -> p.childText("version")).orElse("");
        String group = project.childText("groupId").isEmpty() ? parentGroup : project.childText("groupId");
        String version = project.childText("version").isEmpty() ? parentVersion : project.childText("version");
        properties.put("project.groupId", group);
        properties.put("project.version", version);
        properties.put("project.artifactId", project.childText("artifactId"));
        properties.put("project.parent.groupId", parentGroup);
        properties.put("project.parent.version", parentVersion);
        properties.put("pom.version", version);
        properties.put("version", version);
        properties.put("groupId", group);
        for (XmlElement property : project.path("properties")) {
            property.children().forEach(p -> properties.put(p.name(), p.text()));
        }
        Model partial = new Model(properties, managed, plugins);
        for (XmlElement d : project.path("dependencyManagement", "dependencies", "dependency")) {
            String key = resolve(d.childText("groupId"), partial) + ":" + resolve(d.childText("artifactId"), partial);
            if (!d.childText("version").isEmpty()) {
                managed.put(key, d.childText("version"));
            }
        }
        for (XmlElement p : project.path("build", "pluginManagement", "plugins", "plugin")) {
            String g = p.childText("groupId").isEmpty() ? "org.apache.maven.plugins" : p.childText("groupId");
            String key = resolve(g, partial) + ":" + resolve(p.childText("artifactId"), partial);
            if (!p.childText("version").isEmpty()) {
                plugins.put(key, p.childText("version"));
            }
        }
        visiting.remove(path);
        return partial;
    }

    private Optional<XmlElement> pom(String path) {
        return parsed.computeIfAbsent(path, p -> files.apply(p).flatMap(text -> {
            try {
                return Optional.of(XmlElement.parse(text));
            } catch (ManifestSyntaxException e) {
                return Optional.empty(); // the parent is noted when it is read as a manifest of its own
            }
        }));
    }

    private static Optional<String> parentPath(String path, XmlElement parent) {
        Optional<XmlElement> relative = parent.child("relativePath");
        String rel = relative.map(XmlElement::text).orElse("../pom.xml");
        if (rel.isEmpty()) {
            return Optional.empty();
        }
        if (!rel.endsWith(".xml")) {
            rel = rel + "/pom.xml";
        }
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        return RelativePaths.resolve(dir, rel);
    }

    private static String resolve(String value, Model model) {
        String current = value;
        for (int round = 0; round < 10 && current.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(current);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String replacement = model.properties().get(m.group(1));
                if (replacement != null && !replacement.isEmpty()) {
                    changed = true;
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                }
            }
            m.appendTail(out);
            current = out.toString();
            if (!changed) {
                break;
            }
        }
        return current;
    }
}
