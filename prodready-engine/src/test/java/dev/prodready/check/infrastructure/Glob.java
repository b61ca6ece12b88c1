package dev.prodready.check.infrastructure;

import java.util.regex.Pattern;

/** Glob semantics of patterns/README.md: "**" crosses folders, a leading "**&#47;" also matches the root, braces list choices. */
final class Glob {

    private Glob() {
    }

    static boolean matches(String glob, String path) {
        return Pattern.compile(toRegex(glob)).matcher(path).matches();
    }

    static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean inBraces = false;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:.*/)?");
                i += 3;
                continue;
            }
            if (glob.startsWith("**", i)) {
                out.append(".*");
                i += 2;
                continue;
            }
            switch (c) {
                case '*' -> out.append("[^/]*");
                case '?' -> out.append("[^/]");
                case '{' -> {
                    out.append("(?:");
                    inBraces = true;
                }
                case '}' -> {
                    out.append(")");
                    inBraces = false;
                }
                case ',' -> out.append(inBraces ? "|" : ",");
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return out.toString();
    }
}
