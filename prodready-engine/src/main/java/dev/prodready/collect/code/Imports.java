package dev.prodready.collect.code;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Relative imports of a JavaScript-family file, resolved to extension-less workspace paths. */
final class Imports {

    private static final Pattern IMPORT_DEFAULT = Pattern.compile(
            "import\\s+([\\w$]+)\\s*(?:,\\s*\\{[^}]*})?\\s*from\\s*['\"](\\.{1,2}/[^'\"]+)['\"]");
    private static final Pattern IMPORT_NAMED = Pattern.compile(
            "import\\s*(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)}\\s*from\\s*['\"](\\.{1,2}/[^'\"]+)['\"]");
    private static final Pattern REQUIRE = Pattern.compile(
            "(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*require\\(\\s*['\"](\\.{1,2}/[^'\"]+)['\"]\\s*\\)");

    private Imports() {
    }

    static Map<String, String> relative(FileContext file) {
        Map<String, String> out = new HashMap<>();
        String source = file.tree().source();
        String dir = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
        Matcher m = IMPORT_DEFAULT.matcher(source);
        while (m.find()) {
            out.put(m.group(1), resolve(dir, m.group(2)));
        }
        m = REQUIRE.matcher(source);
        while (m.find()) {
            out.put(m.group(1), resolve(dir, m.group(2)));
        }
        m = IMPORT_NAMED.matcher(source);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                String[] as = part.strip().split("\\s+as\\s+");
                String local = as[as.length - 1].strip();
                if (!local.isEmpty()) {
                    out.put(local, resolve(dir, m.group(2)));
                }
            }
        }
        return out;
    }

    /** "src/app" + "./routes/admin.js" -> "src/app/routes/admin" */
    static String resolve(String dir, String relative) {
        String path = dir.isEmpty() ? relative : dir + "/" + relative;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return base(String.join("/", parts));
    }

    /** A path without its script extension and without a trailing /index. */
    static String base(String path) {
        String p = path.replaceAll("\\.(ts|tsx|js|jsx|mjs|cjs|mts|cts|py)$", "");
        return p.endsWith("/index") ? p.substring(0, p.length() - 6) : p;
    }
}
