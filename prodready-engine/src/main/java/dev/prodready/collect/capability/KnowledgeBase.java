package dev.prodready.collect.capability;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Ecosystem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What packages give an application, as data: {@code resources/knowledge/<ecosystem>.yml}, each a map from package
 * name to capability ids (see the README beside them). A name ending in {@code *} covers every package starting
 * with what precedes it; an exact name always wins over such a prefix, and a longer prefix over a shorter one.
 */
public final class KnowledgeBase {

    /** One entry of the data: the file it is in, the package name or prefix pattern, what it gives. */
    public record Entry(String file, String pattern, List<Capability> capabilities) {

        public boolean prefix() {
            return pattern.endsWith("*");
        }
    }

    /** The data files and the ecosystems each serves (Gradle resolves Maven coordinates). */
    static final Map<String, Set<Ecosystem>> FILES = Map.of(
            "npm.yml", Set.of(Ecosystem.NPM),
            "pypi.yml", Set.of(Ecosystem.PYPI),
            "maven.yml", Set.of(Ecosystem.MAVEN, Ecosystem.GRADLE),
            "go.yml", Set.of(Ecosystem.GO),
            "rubygems.yml", Set.of(Ecosystem.RUBYGEMS),
            "composer.yml", Set.of(Ecosystem.COMPOSER));

    private static final Pattern PYPI_SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern GO_MAJOR = Pattern.compile("/v\\d+$");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static volatile KnowledgeBase builtIn;

    private final List<Entry> entries;
    private final Map<Ecosystem, Map<String, List<Capability>>> exact = new EnumMap<>(Ecosystem.class);
    private final Map<Ecosystem, List<Entry>> prefixes = new EnumMap<>(Ecosystem.class);

    private KnowledgeBase(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            for (Ecosystem ecosystem : FILES.get(entry.file())) {
                if (entry.prefix()) {
                    prefixes.computeIfAbsent(ecosystem, e -> new ArrayList<>()).add(entry);
                } else {
                    exact.computeIfAbsent(ecosystem, e -> new HashMap<>()).put(entry.pattern(), entry.capabilities());
                }
            }
        }
        prefixes.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.pattern().length())
                .reversed()));
    }

    /** The knowledge base shipped in the engine's resources (read once). */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (builtIn == null) {
                    builtIn = loadBuiltIn();
                }
                kb = builtIn;
            }
        }
        return kb;
    }

    private static KnowledgeBase loadBuiltIn() {
        List<Entry> entries = new ArrayList<>();
        for (String file : FILES.keySet().stream().sorted().toList()) {
            String resource = "knowledge/" + file;
            try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("knowledge base file missing from the engine: " + resource);
                }
                entries.addAll(parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new KnowledgeBase(entries);
    }

    /**
     * Reads one data file. Our own data, so mistakes fail loudly: an unknown capability id, a duplicate name, a
     * name not written as it is looked up, or a value that is not a list.
     */
    static List<Entry> parse(String file, String yaml) {
        Set<Ecosystem> ecosystems = Optional.ofNullable(FILES.get(file))
                .orElseThrow(() -> new IllegalStateException("unknown knowledge base file " + file));
        Ecosystem ecosystem = ecosystems.iterator().next();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("knowledge/" + file + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("knowledge/" + file + ": expected a map of package -> [capabilities]");
        }
        List<Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            String where = "knowledge/" + file + ": " + name;
            if (!normalise(ecosystem, name).equals(name)) {
                throw new IllegalStateException(where + ": write it as '" + normalise(ecosystem, name)
                        + "', the form names are looked up in");
            }
            if (!field.getValue().isArray()) {
                throw new IllegalStateException(where + ": expected a list of capability ids");
            }
            Set<Capability> capabilities = new LinkedHashSet<>();
            for (JsonNode id : field.getValue()) {
                Capability capability = Capability.fromId(id.asText(""))
                        .orElseThrow(() -> new IllegalStateException(where + ": unknown capability '" + id.asText()
                                + "'"));
                if (!capabilities.add(capability)) {
                    throw new IllegalStateException(where + ": capability '" + id.asText() + "' listed twice");
                }
            }
            entries.add(new Entry(file, name, List.copyOf(capabilities)));
        }
        return entries;
    }

    static KnowledgeBase of(List<Entry> entries) {
        return new KnowledgeBase(entries);
    }

    /** Every entry, in file and then data order. */
    public List<Entry> entries() {
        return entries;
    }

    /** What the package gives ({@code name} as the manifest spells it); empty for a package not in the data. */
    public List<Capability> capabilities(Ecosystem ecosystem, String name) {
        String key = normalise(ecosystem, name);
        List<Capability> found = exact.getOrDefault(ecosystem, Map.of()).get(key);
        if (found != null) {
            return found;
        }
        for (Entry entry : prefixes.getOrDefault(ecosystem, List.of())) {
            if (key.startsWith(entry.pattern().substring(0, entry.pattern().length() - 1))) {
                return entry.capabilities();
            }
        }
        return List.of();
    }

    /**
     * The form names are compared in: lower case; Python names per PEP 503 ("Flask_Login" is "flask-login");
     * Go module paths without their major-version suffix ("github.com/redis/go-redis/v9").
     */
    static String normalise(Ecosystem ecosystem, String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return switch (ecosystem) {
            case PYPI -> PYPI_SEPARATORS.matcher(lower).replaceAll("-");
            case GO -> GO_MAJOR.matcher(lower).replaceFirst("");
            default -> lower;
        };
    }
}
