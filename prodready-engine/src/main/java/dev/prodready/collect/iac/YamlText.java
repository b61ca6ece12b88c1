package dev.prodready.collect.iac;

import dev.prodready.fact.IacValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML read into located values. Only SnakeYAML's composer is used (no object construction), which keeps
 * lines, resolves anchors and aliases, and leaves custom tags (CloudFormation's !Ref, !Sub) as expressions.
 * Merge keys ({@code <<: *defaults}, common in GitLab and CircleCI files) are applied here.
 */
public final class YamlText {

    private static final int MAX_DEPTH = 60;

    private YamlText() {
    }

    /** Every document of the text (Kubernetes files hold several); empty documents are skipped. */
    public static List<IacValue> documents(String text) throws SyntaxProblem {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(100);
        options.setCodePointLimit(8 * 1024 * 1024);
        Yaml yaml = new Yaml(options);
        List<IacValue> out = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (node != null) {
                    out.add(convert(node, line(node), 0));
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SyntaxProblem(firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    mark != null ? mark.getLine() + 1 : 0);
        } catch (YAMLException | IllegalArgumentException | StackOverflowError e) {
            throw new SyntaxProblem(firstLine(String.valueOf(e.getMessage())), 0);
        }
        return out;
    }

    /** The first document, which must be a mapping. */
    public static IacValue.Mapping mapping(String text) throws SyntaxProblem {
        List<IacValue> docs = documents(text);
        if (docs.isEmpty()) {
            return IacValue.Mapping.empty(1);
        }
        if (docs.get(0) instanceof IacValue.Mapping m) {
            return m;
        }
        throw new SyntaxProblem("the top level is not a mapping of keys to values", docs.get(0).line());
    }

    private static IacValue convert(Node node, int keyLine, int depth) {
        if (depth > MAX_DEPTH) {
            return new IacValue.Expression("(nested too deeply)", keyLine);
        }
        String tag = node.getTag() == null ? "" : node.getTag().getValue();
        boolean custom = tag.startsWith("!");
        if (node instanceof ScalarNode s) {
            if (custom) {
                return new IacValue.Expression(tag + " " + s.getValue(), line(node));
            }
            return IacValue.Scalar.of(s.getValue(), type(node.getTag()), line(node));
        }
        if (node instanceof SequenceNode seq) {
            List<IacValue> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, line(item), depth + 1));
            }
            if (custom) {
                return new IacValue.Expression(tag + " " + summary(items), keyLine);
            }
            return new IacValue.Sequence(items, keyLine);
        }
        if (node instanceof MappingNode map) {
            Map<String, IacValue> entries = new LinkedHashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (Tag.MERGE.equals(k.getTag())) {
                    merges.add(t.getValueNode());
                    continue;
                }
                if (!(k instanceof ScalarNode key)) {
                    continue;
                }
                Node v = t.getValueNode();
                entries.put(key.getValue(), convert(v, line(k), depth + 1));
            }
            for (Node merge : merges) {
                List<Node> sources = merge instanceof SequenceNode s ? s.getValue() : List.of(merge);
                for (Node source : sources) {
                    if (convert(source, line(source), depth + 1) instanceof IacValue.Mapping m) {
                        m.entries().forEach(entries::putIfAbsent);
                    }
                }
            }
            IacValue.Mapping mapping = new IacValue.Mapping(entries, keyLine);
            return custom ? new IacValue.Expression(tag + " {...}", keyLine) : mapping;
        }
        return new IacValue.Expression(tag, keyLine);
    }

    private static IacValue.Scalar.Type type(Tag tag) {
        if (Tag.BOOL.equals(tag)) {
            return IacValue.Scalar.Type.BOOL;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return IacValue.Scalar.Type.NUMBER;
        }
        if (Tag.NULL.equals(tag)) {
            return IacValue.Scalar.Type.NULL;
        }
        return IacValue.Scalar.Type.STRING;
    }

    private static String summary(List<IacValue> items) {
        StringBuilder b = new StringBuilder("[");
        for (IacValue v : items) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(v instanceof IacValue.Scalar s ? s.text() : v instanceof IacValue.Expression e ? e.expression() : "...");
            if (b.length() > 100) {
                b.append("...");
                break;
            }
        }
        return b.append(']').toString();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
