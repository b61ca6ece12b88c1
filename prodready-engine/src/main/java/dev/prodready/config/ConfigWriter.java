package dev.prodready.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records an attestation in .prodready.yml by editing the text, not by re-serialising: every other key,
 * comment and blank line stays as it was. An attestation of the same item is replaced in place. The result
 * is validated before it is written; the write is atomic and the previous file is kept as .prodready.yml.bak.
 */
public final class ConfigWriter {

    private ConfigWriter() {
    }

    public static void record(Path root, Attestation a) throws IOException, ConfigException {
        Path file = root.resolve(Config.FILE_NAME);
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String after = withAttestation(before, a);
        ConfigLoader.parse(after, Config.FILE_NAME);
        if (Files.isRegularFile(file)) {
            Files.copy(file, root.resolve(Config.FILE_NAME + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmp = Files.createTempFile(root, ".prodready-", ".tmp");
        try {
            Files.writeString(tmp, after, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file text with the attestation added, or replacing the one for the same item. */
    static String withAttestation(String text, Attestation a) throws ConfigException {
        if (text.isBlank()) {
            return "# prodready configuration: attestations, suppressions and settings (see the README)\n"
                    + "attestations:\n" + entry(a, "  ");
        }
        ConfigLoader.parse(text, Config.FILE_NAME);
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean endsWithNewline = text.endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        NodeTuple attestations = root instanceof MappingNode map ? map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("attestations"))
                .findFirst().orElse(null) : null;
        if (attestations == null) {
            lines.add("attestations:");
            lines.addAll(entry(a, "  ").lines().toList());
        } else if (!(attestations.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()
                || seq.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            int keyLine = attestations.getKeyNode().getStartMark().getLine();
            lines.set(keyLine, "attestations:");
            lines.addAll(keyLine + 1, entry(a, "  ").lines().toList());
        } else {
            List<Node> entries = seq.getValue();
            int indent = entries.get(0).getStartMark().getColumn() - 2;
            String pad = " ".repeat(Math.max(0, indent));
            int replaceFrom = -1;
            int replaceTo = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (itemOf(entries.get(i)).equals(a.item())) {
                    replaceFrom = entries.get(i).getStartMark().getLine();
                    replaceTo = i + 1 < entries.size() ? entries.get(i + 1).getStartMark().getLine()
                            : lastContentLine(lines, entries.get(i)) + 1;
                }
            }
            List<String> fresh = entry(a, pad).lines().toList();
            if (replaceFrom >= 0) {
                for (int i = replaceFrom; i < replaceTo; i++) {
                    lines.remove(replaceFrom);
                }
                lines.addAll(replaceFrom, fresh);
            } else {
                int after = lastContentLine(lines, entries.get(entries.size() - 1)) + 1;
                lines.addAll(after, fresh);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** The last line that belongs to an entry: its end mark, stepping back over trailing blank lines. */
    private static int lastContentLine(List<String> lines, Node entry) {
        int end = entry.getEndMark().getLine();
        if (entry.getEndMark().getColumn() == 0 || end >= lines.size()) {
            end--;
        }
        end = Math.min(end, lines.size() - 1);
        while (end > entry.getStartMark().getLine() && lines.get(end).isBlank()) {
            end--;
        }
        return end;
    }

    private static String itemOf(Node entry) {
        if (entry instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("item")
                        && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue();
                }
            }
        }
        return "";
    }

    private static String entry(Attestation a, String pad) {
        StringBuilder b = new StringBuilder();
        b.append(pad).append("- item: ").append(a.item()).append('\n');
        b.append(pad).append("  status: ").append(a.status()).append('\n');
        b.append(pad).append("  by: ").append(quote(a.by())).append('\n');
        b.append(pad).append("  date: ").append(a.date()).append('\n');
        if (!a.evidence().isEmpty()) {
            b.append(pad).append("  evidence: ").append(quote(a.evidence())).append('\n');
        }
        a.expires().ifPresent(d -> b.append(pad).append("  expires: ").append(d).append('\n'));
        if (!a.note().isEmpty()) {
            b.append(pad).append("  note: ").append(quote(a.note())).append('\n');
        }
        return b.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
