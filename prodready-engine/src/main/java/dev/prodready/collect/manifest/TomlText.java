package dev.prodready.collect.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TOML document read twice: by Jackson for its meaning, and as lines to find where a key or value is written
 * (Jackson's TOML reader keeps no positions). Lines are 1-based; 0 means "could not place it".
 */
final class TomlText {

    private static final TomlMapper MAPPER = new TomlMapper();
    private static final Pattern HEADER = Pattern.compile("^\\s*\\[(\\[?)\\s*(.+?)\\s*]\\]?\\s*(?:#.*)?$");

    private record Table(String name, int header, int end) {
    }

    private final JsonNode tree;
    private final List<String> lines;
    private final List<Table> tables = new ArrayList<>();

    private TomlText(JsonNode tree, List<String> lines) {
        this.tree = tree;
        this.lines = lines;
        String current = "";
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (m.matches() && !lines.get(i).strip().startsWith("#")) {
                tables.add(new Table(current, start, i));
                current = normalise(m.group(2));
                start = i;
            }
        }
        tables.add(new Table(current, start, lines.size()));
    }

    static TomlText parse(String text) throws ManifestSyntaxException {
        try {
            return new TomlText(MAPPER.readTree(text), text.lines().toList());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ManifestSyntaxException("TOML", line, e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new ManifestSyntaxException("TOML", 0, String.valueOf(e.getMessage()));
        }
    }

    JsonNode tree() {
        return tree;
    }

    /** The node at a dotted path of plain keys ("tool.poetry.dependencies"), or a missing node. */
    JsonNode at(String dottedPath) {
        JsonNode node = tree;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** The line of {@code key = ...} inside table {@code table}, or of a sub-table header {@code [table.key]}. */
    int keyLine(String table, String key) {
        Pattern assignment = Pattern.compile("^\\s*(?:\"" + Pattern.quote(key) + "\"|'" + Pattern.quote(key) + "'|"
                + Pattern.quote(key) + ")\\s*=");
        for (Table t : tables) {
            if (t.name.equals(table)) {
                for (int i = t.header; i < t.end; i++) {
                    if (assignment.matcher(lines.get(i)).find()) {
                        return i + 1;
                    }
                }
            }
        }
        String sub = normalise(table.isEmpty() ? key : table + "." + key);
        for (Table t : tables) {
            if (t.name.equals(sub) || t.name.startsWith(sub + ".")) {
                return t.header + 1;
            }
        }
        return 0;
    }

    /**
     * The line where the string {@code literal} is written as a value of {@code key} in {@code table} (an array
     * element such as a PEP 508 requirement), searching from the key's line; the whole file as a fallback.
     */
    int valueLine(String table, String key, String literal) {
        int from = keyLine(table, key);
        int found = find(literal, Math.max(0, from - 1), tableEnd(table, from));
        return found > 0 ? found : find(literal, 0, lines.size());
    }

    private int tableEnd(String table, int fromLine) {
        for (Table t : tables) {
            if (t.name.equals(table) && fromLine - 1 >= t.header && fromLine - 1 < t.end) {
                return t.end;
            }
        }
        return lines.size();
    }

    private int find(String literal, int from, int to) {
        String dq = "\"" + literal + "\"";
        String sq = "'" + literal + "'";
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.contains(dq) || line.contains(sq)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Header names without quotes or spaces around dots: {@code [tool.poetry.group."dev".dependencies]}. */
    private static String normalise(String header) {
        StringBuilder out = new StringBuilder();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                out.append(part.toString().strip()).append('.');
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return out.append(part.toString().strip()).toString();
    }
}
