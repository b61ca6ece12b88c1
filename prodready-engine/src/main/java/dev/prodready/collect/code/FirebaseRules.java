package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FirebaseRuleFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firebase security rules: firestore.rules and storage.rules (match blocks, allow statements and helper
 * functions), and the Realtime Database's database.rules.json (.read/.write). An allow with no condition or
 * "if true" is open; "request.time <" is the time-limited test mode; a bare "request.auth != null" on a
 * catch-all path lets every signed-in user read or write everything; writes that never look at request.auth
 * let anyone write.
 */
final class FirebaseRules {

    private static final Pattern MATCH = Pattern.compile("^match\\s+(\\S+)\\s*\\{");
    private static final Pattern ALLOW = Pattern.compile("^allow\\s+([\\w\\s,]+?)\\s*(?::\\s*if\\s+(.*?))?\\s*;", Pattern.DOTALL);
    private static final Pattern FUNCTION = Pattern.compile("function\\s+(\\w+)\\s*\\([^)]*\\)\\s*\\{\\s*return\\s+(.*?);\\s*}", Pattern.DOTALL);
    private static final Pattern ONLY_SIGNED_IN = Pattern.compile(
            "^\\(?\\s*request\\.auth\\s*!=\\s*null\\s*\\)?$|^\\(?\\s*request\\.auth\\.uid\\s*!=\\s*null\\s*\\)?$|^\\(?\\s*auth\\s*!=\\s*null\\s*\\)?$");

    private final CodeIndex index;

    FirebaseRules(CodeIndex index) {
        this.index = index;
    }

    void analyse(Workspace workspace, FactSink sink) {
        for (SourceFile file : workspace.files(f -> f.name().endsWith(".rules") || f.name().equals("database.rules.json"))) {
            if (FileSelection.skipReason(file) != null) {
                continue;
            }
            Optional<String> text = file.text();
            if (text.isEmpty()) {
                continue;
            }
            if (file.name().endsWith(".json")) {
                database(file.path(), text.get(), sink);
            } else if (text.get().contains("service cloud.firestore") || text.get().contains("service firebase.storage")) {
                rules(file.path(), text.get());
            }
        }
    }

    private void rules(String path, String text) {
        Map<String, String> functions = new HashMap<>();
        Matcher f = FUNCTION.matcher(text);
        while (f.find()) {
            functions.put(f.group(1), f.group(2).replaceAll("\\s+", " "));
        }
        Deque<String> paths = new ArrayDeque<>();
        Deque<Boolean> isMatch = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            String rest = text.substring(i, Math.min(text.length(), i + 2000));
            Matcher m = MATCH.matcher(rest);
            if (m.find()) {
                paths.push(m.group(1));
                isMatch.push(true);
                i += m.end();
                continue;
            }
            Matcher a = ALLOW.matcher(rest);
            if (a.find()) {
                String ops = a.group(1).replaceAll("\\s+", "");
                String condition = a.group(2) == null ? "" : a.group(2).replaceAll("\\s+", " ").strip();
                judge(path, line, fullPath(paths), ops, condition, functions);
                line += (int) a.group().chars().filter(ch -> ch == '\n').count();
                i += a.end();
                continue;
            }
            if (c == '{') {
                paths.push("");
                isMatch.push(false);
            } else if (c == '}' && !paths.isEmpty()) {
                paths.pop();
                isMatch.pop();
            }
            i++;
        }
    }

    private static String fullPath(Deque<String> paths) {
        StringBuilder out = new StringBuilder();
        List<String> list = new java.util.ArrayList<>(paths);
        java.util.Collections.reverse(list);
        for (String p : list) {
            if (!p.isEmpty() && !p.startsWith("/databases/") && !p.startsWith("/b/")) {
                out.append(p);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private void judge(String path, int line, String matchPath, String ops, String condition, Map<String, String> functions) {
        String expanded = condition;
        for (int round = 0; round < 3; round++) {
            for (Map.Entry<String, String> fn : functions.entrySet()) {
                expanded = expanded.replaceAll("\\b" + Pattern.quote(fn.getKey()) + "\\s*\\([^)]*\\)", "(" + Matcher.quoteReplacement(fn.getValue()) + ")");
            }
        }
        boolean writes = ops.matches(".*(write|create|update|delete).*");
        boolean catchAll = matchPath.contains("=**}");
        String where = "allow " + ops + " on " + matchPath;
        String rule;
        String message;
        if (expanded.isEmpty() || expanded.equals("true")) {
            rule = "firebase.open";
            message = where + (expanded.isEmpty() ? " has no condition" : " is 'if true'") + ": anyone on the internet can "
                    + (writes ? "change" : "read") + " this data";
        } else if (expanded.contains("request.time") && !expanded.contains("request.auth")) {
            rule = "firebase.test-mode";
            message = where + " is the time-limited test mode (" + InjectionAnalysis.shorten(condition) + "): open to anyone until it expires";
        } else if (ONLY_SIGNED_IN.matcher(expanded).matches() && catchAll) {
            rule = "firebase.any-signed-in";
            message = where + " only requires a signed-in user: any account can " + (writes ? "change" : "read") + " every document";
        } else if (writes && !expanded.contains("request.auth") && !expanded.equals("false")) {
            rule = "firebase.open";
            message = where + " never checks request.auth: anyone can write (" + InjectionAnalysis.shorten(condition) + ")";
        } else {
            rule = "firebase.scoped";
            message = where + " if " + InjectionAnalysis.shorten(condition);
        }
        add(path, line, matchPath, ops, condition, rule, message);
    }

    private void database(String path, String text, FactSink sink) {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature())
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature()).readTree(text);
        } catch (java.io.IOException e) {
            sink.note(path, "not valid JSON; its Realtime Database rules are unknown");
            return;
        }
        List<String> lines = text.lines().toList();
        int[] cursor = {0};
        walk(path, root.path("rules"), "/", lines, cursor, 0);
    }

    private void walk(String path, JsonNode node, String at, List<String> lines, int[] cursor, int depth) {
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (key.equals(".read") || key.equals(".write")) {
                String value = e.getValue().asText().strip();
                int line = find(lines, cursor, key);
                boolean writes = key.equals(".write");
                String rule;
                String message;
                if (value.equals("true")) {
                    rule = "firebase.open";
                    message = key + " is true at " + at + ": anyone can " + (writes ? "change" : "read") + " it";
                } else if (value.matches(".*\\bnow\\s*<.*") && !value.contains("auth")) {
                    rule = "firebase.test-mode";
                    message = key + " at " + at + " is the time-limited test mode";
                } else if (ONLY_SIGNED_IN.matcher(value).matches() && depth == 0) {
                    rule = "firebase.any-signed-in";
                    message = key + " at the root only requires a signed-in user: any account reaches all data";
                } else if (writes && !value.contains("auth") && !value.equals("false")) {
                    rule = "firebase.open";
                    message = key + " at " + at + " never checks auth: anyone can write";
                } else {
                    rule = "firebase.scoped";
                    message = key + " at " + at + ": " + InjectionAnalysis.shorten(value);
                }
                add(path, line, at, key.substring(1), value, rule, message);
            } else if (!key.startsWith(".")) {
                find(lines, cursor, "\"" + key + "\"");
                walk(path, e.getValue(), at.endsWith("/") ? at + key : at + "/" + key, lines, cursor, depth + 1);
            }
        });
    }

    private static int find(List<String> lines, int[] cursor, String needle) {
        for (int i = cursor[0]; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                cursor[0] = i;
                return i + 1;
            }
        }
        return 0;
    }

    private void add(String path, int line, String matchPath, String ops, String condition, String rule, String message) {
        boolean safe = rule.equals("firebase.scoped");
        index.add(new FirebaseRuleFact(matchPath, ops, condition, safe, rule, index.rules().rule(rule).item(),
                Evidence.at(path, line, message)));
    }
}
