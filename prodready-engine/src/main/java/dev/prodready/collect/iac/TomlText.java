package dev.prodready.collect.iac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.prodready.fact.IacValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOML read into located values: Jackson parses it, and a line scan of table headers and keys supplies the line
 * each key was written on (Jackson's TOML tree keeps none).
 */
public final class TomlText {

    private static final TomlMapper MAPPER = new TomlMapper();
    private static final Pattern ARRAY_TABLE = Pattern.compile("^\\s*\\[\\[\\s*([^\\]]+?)\\s*]]");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([^\\]]+?)\\s*]");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_.\"'-]+?)\\s*=");

    private TomlText() {
    }

    public static IacValue.Mapping read(String text) throws SyntaxProblem {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SyntaxProblem(e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException | RuntimeException e) {
            throw new SyntaxProblem(String.valueOf(e.getMessage()), 0);
        }
        Map<String, Integer> lines = lines(text);
        if (root == null || !root.isObject()) {
            return IacValue.Mapping.empty(1);
        }
        return (IacValue.Mapping) convert(root, "", 1, lines);
    }

    private static IacValue convert(JsonNode node, String path, int parentLine, Map<String, Integer> lines) {
        int line = lines.getOrDefault(path, parentLine);
        if (node.isObject()) {
            Map<String, IacValue> entries = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String child = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                entries.put(f.getKey(), convert(f.getValue(), child, line, lines));
            }
            return new IacValue.Mapping(entries, line);
        }
        if (node.isArray()) {
            List<IacValue> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(convert(node.get(i), path + "[" + i + "]", line, lines));
            }
            return new IacValue.Sequence(items, line);
        }
        if (node.isBoolean()) {
            return IacValue.Scalar.of(node.asText(), IacValue.Scalar.Type.BOOL, line);
        }
        if (node.isNumber()) {
            return IacValue.Scalar.of(node.asText(), IacValue.Scalar.Type.NUMBER, line);
        }
        if (node.isNull()) {
            return IacValue.Scalar.of("", IacValue.Scalar.Type.NULL, line);
        }
        return IacValue.Scalar.of(node.asText(), IacValue.Scalar.Type.STRING, line);
    }

    /** Dotted key path ("http_service.checks[0].interval") to the 1-based line that sets it. */
    static Map<String, Integer> lines(String text) {
        Map<String, Integer> out = new HashMap<>();
        Map<String, Integer> arrayCounts = new HashMap<>();
        String prefix = "";
        String[] rows = text.split("\n", -1);
        boolean inMultiline = false;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            int count = count(row, "\"\"\"") + count(row, "'''");
            if (inMultiline) {
                if (count % 2 == 1) {
                    inMultiline = false;
                }
                continue;
            }
            Matcher m;
            if ((m = ARRAY_TABLE.matcher(row)).find()) {
                String name = unquote(m.group(1));
                int index = arrayCounts.merge(name, 1, Integer::sum) - 1;
                out.putIfAbsent(name, i + 1);
                prefix = name + "[" + index + "]";
                out.put(prefix, i + 1);
            } else if ((m = TABLE.matcher(row)).find() && !row.contains("=")) {
                prefix = unquote(m.group(1));
                out.putIfAbsent(prefix, i + 1);
            } else if ((m = KEY.matcher(row)).find()) {
                String key = unquote(m.group(1));
                String full = prefix.isEmpty() ? key : prefix + "." + key;
                out.putIfAbsent(full, i + 1);
                if (count % 2 == 1) {
                    inMultiline = true;
                }
            }
        }
        return out;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static String unquote(String key) {
        return key.replace("\"", "").replace("'", "").replaceAll("\\s*\\.\\s*", ".").strip();
    }
}
