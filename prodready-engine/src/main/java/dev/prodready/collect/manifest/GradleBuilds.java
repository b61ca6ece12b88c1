package dev.prodready.collect.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle build scripts (Groovy build.gradle and Kotlin build.gradle.kts), read line by line: dependency
 * declarations in any configuration ({@code implementation "g:a:v"}, {@code testImplementation(libs.junit)},
 * {@code api group: 'g', name: 'a', version: 'v'}) and plugins ({@code id("org.flywaydb.flyway")}, marked dev as
 * build-time tools). Platforms (BOMs), project and file dependencies declare no package and are skipped. Lines a
 * build script computes at run time cannot be read; they are counted so that the report can say so.
 */
final class GradleBuilds {

    /** What a build script declares and how many dependency lines could not be read (first at {@code line}). */
    record Result(List<Declared> declared, int unreadable, int firstUnreadable) {
    }

    private static final Pattern CONFIGURATION = Pattern.compile(
            "^\\s*(implementation|api|compileOnly|runtimeOnly|compile|runtime|annotationProcessor|kapt|ksp"
                    + "|developmentOnly|classpath|providedCompile|providedRuntime|testCompile|testRuntime"
                    + "|[a-z][A-Za-z0-9]*(?:Implementation|Api|CompileOnly|RuntimeOnly|AnnotationProcessor|Kapt|Ksp))"
                    + "\\s*(?:\\(\\s*|\\s+)(.*)$");
    private static final Pattern QUOTED = Pattern.compile("^[\"']([^\"']*)[\"']");
    private static final Pattern MAP_PART = Pattern.compile("\\b(group|name|version)\\s*[:=]\\s*[\"']([^\"']*)[\"']");
    private static final Pattern CATALOG = Pattern.compile("^libs\\.([A-Za-z0-9_.]+)");
    private static final Pattern KOTLIN_MODULE = Pattern.compile("^kotlin\\(\\s*\"([\\w-]+)\"");
    private static final Pattern SKIPPED = Pattern.compile(
            "^(project|files|fileTree|gradleApi|localGroovy|gradleTestKit|platform|enforcedPlatform"
                    + "|testFixtures|variantOf)\\b.*");
    private static final Pattern PLUGINS_OPEN = Pattern.compile("^\\s*plugins\\s*\\{");
    private static final Pattern PLUGIN_ID = Pattern.compile(
            "^\\s*id\\s*\\(?\\s*[\"']([\\w.-]+)[\"']\\s*\\)?(?:\\s*version\\s*\\(?\\s*[\"']([^\"']+)[\"'])?");
    private static final Pattern PLUGIN_ALIAS = Pattern.compile("^\\s*alias\\s*\\(\\s*libs\\.(plugins\\.[A-Za-z0-9_.]+)");
    private static final Pattern PLUGIN_KOTLIN = Pattern.compile(
            "^\\s*kotlin\\(\\s*\"([\\w.-]+)\"\\s*\\)(?:\\s*version\\s*\"([^\"]+)\")?");
    private static final Pattern APPLY_PLUGIN = Pattern.compile(
            "^\\s*apply\\s*\\(?\\s*plugin\\s*[:=]\\s*[\"']([\\w.-]+)[\"']");
    private static final Pattern VARIABLE = Pattern.compile(
            "^\\s*(?:(?:def|val|var|const\\s+val)\\s+)?(?:ext\\.|extra\\[\")?([A-Za-z_][\\w.]*)\"?]?\\s*"
                    + "(?::\\s*String\\s*)?=\\s*[\"']([^\"'$]*)[\"']\\s*$");
    /** Kotlin DSL property lookups inside a string: {@code "${property("x")}"}, {@code "${findProperty("x")}"}. */
    private static final Pattern PROPERTY_CALL = Pattern.compile(
            "\\$\\{(?:project\\.|rootProject\\.)?(?:property|findProperty)\\(\\s*\"([\\w.]+)\"\\s*\\)[^}]*}");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{?([A-Za-z_][\\w.]*)}?");

    private GradleBuilds() {
    }

    /**
     * @param properties gradle.properties values visible to the script
     * @param catalog    the version catalog for {@code libs.*} references ({@link VersionCatalog#EMPTY} if none)
     */
    static Result read(String text, Map<String, String> properties, VersionCatalog catalog) {
        List<String> lines = stripComments(text);
        Map<String, String> variables = new HashMap<>(properties);
        for (String line : lines) {
            Matcher m = VARIABLE.matcher(line);
            if (m.matches()) {
                variables.putIfAbsent(m.group(1).replaceFirst("^(project\\.)?(ext\\.)?", ""), m.group(2));
            }
        }
        List<Declared> out = new ArrayList<>();
        int unreadable = 0;
        int firstUnreadable = 0;
        int pluginDepth = -1;
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (pluginDepth < 0 && PLUGINS_OPEN.matcher(line).find()) {
                pluginDepth = depth;
            }
            if (pluginDepth >= 0) {
                plugin(line, number, catalog, out);
            } else {
                Matcher apply = APPLY_PLUGIN.matcher(line);
                if (apply.find()) {
                    addPlugin(apply.group(1), "", number, out);
                }
                Matcher m = CONFIGURATION.matcher(line);
                if (m.find() && !dependency(m.group(1), m.group(2).strip(), number, variables, catalog, out)) {
                    unreadable++;
                    firstUnreadable = firstUnreadable == 0 ? number : firstUnreadable;
                }
            }
            depth += braces(line);
            if (pluginDepth >= 0 && depth <= pluginDepth) {
                pluginDepth = -1;
            }
        }
        return new Result(out, unreadable, firstUnreadable);
    }

    /** Reads one declaration; false when it names a package in a way that cannot be read statically. */
    private static boolean dependency(String configuration, String argument, int line, Map<String, String> variables,
                                      VersionCatalog catalog, List<Declared> out) {
        argument = PROPERTY_CALL.matcher(argument).replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + "}"));
        boolean dev = configuration.startsWith("test") || configuration.startsWith("androidTest")
                || configuration.startsWith("integrationTest") || configuration.equals("classpath");
        String section = configuration;
        if (argument.isEmpty() || argument.startsWith("{") || argument.startsWith("=")) {
            return true; // a configuration block or assignment, not a declaration
        }
        if (SKIPPED.matcher(argument).matches()) {
            return true;
        }
        Matcher quoted = QUOTED.matcher(argument);
        if (quoted.find()) {
            String[] parts = interpolate(quoted.group(1), variables).split("@")[0].split(":");
            if (parts.length < 2) {
                return false;
            }
            out.add(new Declared(parts[0] + ":" + parts[1], parts.length > 2 ? parts[2] : "", dev, line, section));
            return true;
        }
        Map<String, String> map = new HashMap<>();
        Matcher part = MAP_PART.matcher(argument);
        while (part.find()) {
            map.put(part.group(1), interpolate(part.group(2), variables));
        }
        if (map.containsKey("group") && map.containsKey("name")) {
            out.add(new Declared(map.get("group") + ":" + map.get("name"), map.getOrDefault("version", ""), dev, line,
                    section));
            return true;
        }
        Matcher lib = CATALOG.matcher(argument);
        if (lib.find()) {
            List<VersionCatalog.Entry> entries = catalog.resolve(lib.group(1));
            entries.forEach(e -> out.add(new Declared(e.name(), e.version(), dev, line, section)));
            return !entries.isEmpty();
        }
        Matcher kotlin = KOTLIN_MODULE.matcher(argument);
        if (kotlin.find()) {
            out.add(new Declared("org.jetbrains.kotlin:kotlin-" + kotlin.group(1), "", dev, line, section));
            return true;
        }
        return false;
    }

    private static void plugin(String line, int number, VersionCatalog catalog, List<Declared> out) {
        Matcher id = PLUGIN_ID.matcher(line);
        if (id.find()) {
            addPlugin(id.group(1), Optional.ofNullable(id.group(2)).orElse(""), number, out);
            return;
        }
        Matcher alias = PLUGIN_ALIAS.matcher(line);
        if (alias.find()) {
            catalog.resolve(alias.group(1)).forEach(e -> addPlugin(e.name(), e.version(), number, out));
            return;
        }
        Matcher kotlin = PLUGIN_KOTLIN.matcher(line);
        if (kotlin.find()) {
            addPlugin("org.jetbrains.kotlin." + kotlin.group(1), Optional.ofNullable(kotlin.group(2)).orElse(""),
                    number, out);
        }
    }

    private static void addPlugin(String id, String version, int line, List<Declared> out) {
        if (id.contains(".")) { // ids without a dot ("java", "application") are Gradle's own core plugins
            out.add(new Declared(id, version, true, line, "plugins"));
        }
    }

    private static String interpolate(String value, Map<String, String> variables) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).replaceFirst("^(project\\.)?(ext\\.)?", "");
            String replacement = variables.get(key);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Net change in brace depth on a line, braces inside strings excluded. */
    private static int braces(String line) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The script's lines with // and block comments blanked out (line numbers kept). */
    static List<String> stripComments(String text) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : text.lines().toList()) {
            StringBuilder kept = new StringBuilder();
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (inBlock) {
                    if (c == '*' && next == '/') {
                        inBlock = false;
                        i++;
                    }
                    continue;
                }
                if (quote != 0) {
                    kept.append(c);
                    if (c == '\\' && next != 0) {
                        kept.append(next);
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                    continue;
                }
                if (c == '/' && next == '/') {
                    break;
                }
                if (c == '/' && next == '*') {
                    inBlock = true;
                    i++;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                kept.append(c);
            }
            out.add(kept.toString());
        }
        return out;
    }
}
