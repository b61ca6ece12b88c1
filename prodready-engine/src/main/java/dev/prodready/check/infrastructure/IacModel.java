package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform and CloudFormation read as lines, from the content-pattern matches: each resource header opens
 * a block that runs to the next top-level block of its file, and every other match in the file belongs to
 * the block whose lines contain it. Enough to ask "does this aws_db_instance set publicly_accessible?"
 * without an HCL parser; attributes set through variables or modules stay invisible and checks say so.
 */
public final class IacModel {

    static final String TF_RESOURCE = "tf.resource";
    static final String TF_BLOCK = "tf.block";
    static final String TF_NESTED = "tf.nested-block";
    static final String CFN_RESOURCE = "cfn.resource";
    static final String CFN_SECTION = "cfn.section";

    private static final Set<String> STARTS = Set.of(TF_RESOURCE, TF_BLOCK, CFN_RESOURCE, CFN_SECTION);
    private static final Pattern TF_HEADER = Pattern.compile("resource\\s+\"([A-Za-z0-9_-]+)\"\\s+\"([A-Za-z0-9_-]+)\"");
    private static final Pattern TF_NESTED_HEADER =
            Pattern.compile("(?:dynamic\\s+\"([a-z0-9_]+)\"|([a-z_][a-z0-9_]*))\\s*\\{");
    private static final Pattern CFN_TYPE = Pattern.compile("(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)");

    private final List<IacBlock> resources;
    private final Map<String, List<ContentMatch>> byPath;

    private IacModel(List<IacBlock> resources, Map<String, List<ContentMatch>> byPath) {
        this.resources = List.copyOf(resources);
        this.byPath = byPath;
    }

    public static IacModel of(Facts facts) {
        Map<String, List<ContentMatch>> byPath = new LinkedHashMap<>();
        for (ContentMatch m : facts.all(ContentMatch.class)) {
            if (m.evidence().path() != null) {
                byPath.computeIfAbsent(m.evidence().path(), k -> new ArrayList<>()).add(m);
            }
        }
        byPath.values().forEach(list -> list.sort(Comparator.comparingInt(m -> m.evidence().line())));
        List<IacBlock> resources = new ArrayList<>();
        for (Map.Entry<String, List<ContentMatch>> file : byPath.entrySet()) {
            List<ContentMatch> starts = file.getValue().stream().filter(m -> STARTS.contains(m.pattern())).toList();
            for (int i = 0; i < starts.size(); i++) {
                ContentMatch start = starts.get(i);
                int end = i + 1 < starts.size() ? starts.get(i + 1).evidence().line() : Integer.MAX_VALUE;
                header(start).ifPresent(h -> resources.add(new IacBlock(file.getKey(), start.evidence().line(),
                        end, h[0], h[1], start)));
            }
        }
        return new IacModel(resources, byPath);
    }

    private static Optional<String[]> header(ContentMatch start) {
        if (start.pattern().equals(TF_RESOURCE)) {
            Matcher m = TF_HEADER.matcher(start.text());
            return m.find() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
        }
        if (start.pattern().equals(CFN_RESOURCE)) {
            Matcher m = CFN_TYPE.matcher(start.text());
            return m.find() ? Optional.of(new String[] {m.group(1), ""}) : Optional.empty();
        }
        return Optional.empty();
    }

    public List<IacBlock> resources() {
        return resources;
    }

    public List<IacBlock> resources(Predicate<String> type) {
        return resources.stream().filter(r -> type.test(r.type())).toList();
    }

    public List<IacBlock> resources(Set<String> types) {
        return resources(types::contains);
    }

    public boolean has(Set<String> types) {
        return resources.stream().anyMatch(r -> types.contains(r.type()));
    }

    /** The matches of {@code patternId} inside {@code block}. */
    public List<ContentMatch> in(IacBlock block, String patternId) {
        return byPath.getOrDefault(block.path(), List.of()).stream()
                .filter(m -> m.pattern().equals(patternId) && block.contains(m))
                .toList();
    }

    public Optional<ContentMatch> first(IacBlock block, String patternId) {
        return in(block, patternId).stream().findFirst();
    }

    public boolean any(IacBlock block, String patternId) {
        return first(block, patternId).isPresent();
    }

    /** The top-level block header (resource, provider, variable, ...) whose lines contain {@code match}. */
    public Optional<ContentMatch> enclosing(ContentMatch match) {
        ContentMatch found = null;
        for (ContentMatch m : byPath.getOrDefault(match.evidence().path(), List.of())) {
            if (m.evidence().line() > match.evidence().line()) {
                break;
            }
            if (STARTS.contains(m.pattern())) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The nested blocks called {@code name} inside {@code parent}; each runs to the next nested block header
     * in the parent (so a block's trailing attributes after a deeper block are read as the deeper block's).
     */
    public List<IacBlock> nested(IacBlock parent, String name) {
        // "content" is the body of a dynamic block, so it never ends the block around it.
        List<ContentMatch> headers = in(parent, TF_NESTED).stream()
                .filter(h -> !nestedName(h).orElse("").equals("content")).toList();
        List<IacBlock> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            ContentMatch h = headers.get(i);
            if (nestedName(h).filter(name::equals).isPresent()) {
                int end = i + 1 < headers.size() ? headers.get(i + 1).evidence().line() : parent.end();
                out.add(new IacBlock(parent.path(), h.evidence().line(), end, name, parent.label(), h));
            }
        }
        return out;
    }

    private static Optional<String> nestedName(ContentMatch header) {
        Matcher m = TF_NESTED_HEADER.matcher(header.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
