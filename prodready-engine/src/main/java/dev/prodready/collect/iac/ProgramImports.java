package dev.prodready.collect.iac;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a Pulumi or CDK program imports, and calls resolved through them to one canonical dotted path:
 * {@code pulumi.<provider>.<module>.<Class>} ("pulumi.aws.rds.Instance") or {@code cdk.<service>.<Class>}
 * ("cdk.rds.DatabaseInstance", "cdk.Duration.days"), whatever alias the program used.
 */
final class ProgramImports {

    private static final Pattern TS_NAMESPACE = Pattern.compile(
            "import\\s+\\*\\s+as\\s+(\\w+)\\s+from\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern TS_DEFAULT = Pattern.compile(
            "import\\s+(\\w+)\\s*(?:,\\s*\\{[^}]*})?\\s+from\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern TS_NAMED = Pattern.compile(
            "import\\s+(?:type\\s+)?(?:\\w+\\s*,\\s*)?\\{([^}]*)}\\s*from\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern TS_REQUIRE = Pattern.compile(
            "(?:const|let|var)\\s+(\\w+)\\s*=\\s*require\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern TS_REQUIRE_NAMED = Pattern.compile(
            "(?:const|let|var)\\s+\\{([^}]*)}\\s*=\\s*require\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern PY_IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w., ]+?)\\s*$");
    private static final Pattern PY_FROM = Pattern.compile(
            "(?m)^\\s*from\\s+([\\w.]+)\\s+import\\s+(\\([^)]*\\)|[^\\n]*)");
    private static final Pattern JAVA_IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\.(\\w+)\\s*;");

    private ProgramImports() {
    }

    /** Local name to the module path it stands for ("rds" -> "aws-cdk-lib/aws-rds", "Duration" -> "aws-cdk-lib.Duration"). */
    static Map<String, String> of(String text, ProgramText.Language language) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (language) {
            case SCRIPT -> {
                each(TS_NAMESPACE, text, m -> out.put(m.group(1), m.group(2)));
                each(TS_DEFAULT, text, m -> out.putIfAbsent(m.group(1), m.group(2)));
                each(TS_REQUIRE, text, m -> out.put(m.group(1), m.group(2)));
                each(TS_NAMED, text, m -> names(m.group(1), m.group(2), "\\s+as\\s+", out));
                each(TS_REQUIRE_NAMED, text, m -> names(m.group(1), m.group(2), "\\s*:\\s*", out));
            }
            case PYTHON -> {
                each(PY_IMPORT, text, m -> {
                    for (String part : m.group(1).split(",")) {
                        String[] p = part.strip().split("\\s+as\\s+");
                        if (!p[0].isBlank()) {
                            out.put(p.length > 1 ? p[1].strip() : p[0].strip(), p[0].strip());
                        }
                    }
                });
                each(PY_FROM, text, m -> names(m.group(2).replace("(", "").replace(")", ""), m.group(1),
                        "\\s+as\\s+", out));
            }
            case JAVA -> each(JAVA_IMPORT, text, m -> out.put(m.group(2), m.group(1) + "." + m.group(2)));
        }
        return out;
    }

    private static void each(Pattern p, String text, java.util.function.Consumer<Matcher> action) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            action.accept(m);
        }
    }

    private static void names(String list, String module, String rename, Map<String, String> out) {
        for (String part : list.split(",")) {
            String item = part.replaceAll("#.*", "").strip().replaceFirst("^type\\s+", "");
            if (item.isEmpty() || item.equals("*")) {
                continue;
            }
            String[] p = item.split(rename);
            String local = (p.length > 1 ? p[1] : p[0]).strip();
            if (local.matches("\\w+")) {
                out.put(local, module + "." + p[0].strip());
            }
        }
    }

    /** The canonical path of a called name; names not imported are returned with only their spelling normalised. */
    static String resolve(String callee, Map<String, String> imports) {
        int dot = callee.indexOf('.');
        String first = dot < 0 ? callee : callee.substring(0, dot);
        String rest = dot < 0 ? "" : callee.substring(dot);
        return canonical(imports.getOrDefault(first, first) + rest);
    }

    static String canonical(String path) {
        String p = path.replace('/', '.');
        if (p.startsWith("@pulumi.") || p.startsWith("pulumi_")) {
            p = "pulumi." + p.substring(p.startsWith("@") ? 8 : 7);
            String[] s = p.split("\\.", 3);
            if (s.length > 1) {
                s[1] = s[1].replace('_', '-');
                p = String.join(".", s);
            }
            return p;
        }
        Matcher cdk = Pattern.compile("^(?:aws-cdk-lib|@aws-cdk|aws_cdk|software\\.amazon\\.awscdk)(?=\\.|$)").matcher(p);
        if (cdk.find()) {
            StringBuilder b = new StringBuilder("cdk");
            String[] segments = p.substring(cdk.end()).split("\\.");
            for (String seg : segments) {
                if (seg.isEmpty() || seg.equals("services") || seg.equals("core")) {
                    continue;
                }
                String s = seg.startsWith("aws-") || seg.startsWith("aws_") ? seg.substring(4).replace("-", "")
                        .replace("_", "") : seg;
                b.append('.').append(s);
            }
            return b.toString();
        }
        return p;
    }
}
