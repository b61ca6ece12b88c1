package dev.prodready.collect.iac;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dockerfiles: one resource per build stage with its base image, and the USER and HEALTHCHECK in force at its
 * end (inherited from an earlier stage it builds on); one image fact per external base image.
 */
final class Dockerfiles {

    static final String FORMAT = "dockerfile";
    private static final Pattern HEREDOC = Pattern.compile("<<-?[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}?");

    private Dockerfiles() {
    }

    static boolean isDockerfile(String name) {
        return name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.endsWith(".dockerfile")
                || name.equals("Containerfile") || name.startsWith("Containerfile.");
    }

    private static final class Stage {
        String alias = "";
        String image;
        int line;
        int parent = -1;
        String user;
        int userLine;
        String healthcheck;
        int healthcheckLine;
    }

    private record Instruction(String keyword, String args, int line) {
    }

    static int emit(String path, String text, FactSink sink) {
        List<Instruction> instructions = instructions(text);
        Map<String, String> args = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        Map<String, Integer> aliases = new HashMap<>();
        for (Instruction in : instructions) {
            switch (in.keyword()) {
                case "ARG" -> {
                    if (stages.isEmpty()) {
                        String[] kv = in.args().split("=", 2);
                        args.put(kv[0].strip(), kv.length > 1 ? unquote(kv[1].strip()) : "");
                    }
                }
                case "FROM" -> {
                    Stage s = new Stage();
                    List<String> words = new ArrayList<>();
                    for (String w : in.args().split("\\s+")) {
                        if (!w.isEmpty() && !w.startsWith("--")) {
                            words.add(w);
                        }
                    }
                    if (words.isEmpty()) {
                        continue;
                    }
                    s.image = substitute(words.get(0), args);
                    if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
                        s.alias = words.get(2);
                    }
                    s.line = in.line();
                    Integer parent = aliases.get(s.image.toLowerCase(Locale.ROOT));
                    if (parent != null) {
                        s.parent = parent;
                    }
                    if (!s.alias.isEmpty()) {
                        aliases.put(s.alias.toLowerCase(Locale.ROOT), stages.size());
                    }
                    stages.add(s);
                }
                case "USER" -> {
                    if (!stages.isEmpty()) {
                        Stage s = stages.get(stages.size() - 1);
                        s.user = in.args().strip();
                        s.userLine = in.line();
                    }
                }
                case "HEALTHCHECK" -> {
                    if (!stages.isEmpty()) {
                        Stage s = stages.get(stages.size() - 1);
                        s.healthcheck = in.args().strip();
                        s.healthcheckLine = in.line();
                    }
                }
                default -> {
                }
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            boolean last = i == stages.size() - 1;
            Map<String, IacValue> body = new LinkedHashMap<>();
            body.put("from", IacValue.Scalar.of(s.image, IacValue.Scalar.Type.STRING, s.line));
            Stage root = s;
            Stage userFrom = s.user != null ? s : null;
            Stage healthFrom = s.healthcheck != null ? s : null;
            for (int guard = 0; root.parent >= 0 && guard < stages.size(); guard++) {
                root = stages.get(root.parent);
                if (userFrom == null && root.user != null) {
                    userFrom = root;
                }
                if (healthFrom == null && root.healthcheck != null) {
                    healthFrom = root;
                }
            }
            body.put("base", IacValue.Scalar.of(root.image, IacValue.Scalar.Type.STRING, root.line));
            if (userFrom != null) {
                body.put("user", IacValue.Scalar.of(userFrom.user, IacValue.Scalar.Type.STRING, userFrom.userLine));
            }
            if (healthFrom != null) {
                body.put("healthcheck", IacValue.Scalar.of(healthFrom.healthcheck, IacValue.Scalar.Type.STRING,
                        healthFrom.healthcheckLine));
            }
            body.put("final", IacValue.Scalar.of(String.valueOf(last), IacValue.Scalar.Type.BOOL, s.line));
            String name = s.alias.isEmpty() ? "stage " + (i + 1) : s.alias;
            sink.add(new IacResource(FORMAT, "stage", "stage", name, new IacValue.Mapping(body, s.line),
                    Evidence.at(path, s.line, "Dockerfile stage " + name)));
            if (s.parent < 0 && !s.image.equalsIgnoreCase("scratch")) {
                boolean finalBase = isRootOf(stages, i, stages.size() - 1);
                sink.add(ImageReference.of(FORMAT, s.image, finalBase, Evidence.at(path, s.line,
                        "base image of " + name)));
            }
        }
        return stages.size();
    }

    private static boolean isRootOf(List<Stage> stages, int candidate, int stage) {
        int current = stage;
        for (int guard = 0; guard <= stages.size(); guard++) {
            if (current == candidate) {
                return true;
            }
            current = stages.get(current).parent;
            if (current < 0) {
                return false;
            }
        }
        return false;
    }

    /** Instructions with continuation lines joined, comments and RUN heredoc bodies skipped. */
    private static List<Instruction> instructions(String text) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        char escape = '\\';
        for (int i = 0; i < Math.min(lines.length, 5); i++) {
            String l = lines[i].strip().toLowerCase(Locale.ROOT);
            if (l.matches("#\\s*escape\\s*=\\s*`")) {
                escape = '`';
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String row = lines[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int start = i;
            StringBuilder b = new StringBuilder();
            String current = row;
            while (current.endsWith(String.valueOf(escape)) && i + 1 < lines.length) {
                b.append(current, 0, current.length() - 1).append(' ');
                i++;
                current = lines[i].strip();
                while (current.startsWith("#") && i + 1 < lines.length) {
                    i++;
                    current = lines[i].strip();
                }
            }
            b.append(current);
            String joined = b.toString();
            int sp = joined.indexOf(' ');
            String keyword = (sp < 0 ? joined : joined.substring(0, sp)).toUpperCase(Locale.ROOT);
            String args = sp < 0 ? "" : joined.substring(sp + 1).strip();
            out.add(new Instruction(keyword, args, start + 1));
            Matcher h = HEREDOC.matcher(args);
            if ((keyword.equals("RUN") || keyword.equals("COPY")) && h.find()) {
                String marker = h.group(1);
                while (i + 1 < lines.length && !lines[i + 1].strip().equals(marker)) {
                    i++;
                }
                i++;
            }
        }
        return out;
    }

    private static String substitute(String image, Map<String, String> args) {
        Matcher m = VARIABLE.matcher(image);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = args.getOrDefault(m.group(1), "");
            if (value.isEmpty() && m.group(2) != null) {
                value = m.group(2);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value.isEmpty() ? m.group() : value));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
