package dev.prodready.collect.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go.mod and go.sum. Requirements marked {@code // indirect} are dependencies of dependencies that go.mod records
 * only to pin them; they are not declared by the module, so they are left out like any lockfile entry.
 */
final class GoModules {

    /** What go.mod declares, and how many indirect requirements it pins. */
    record Result(List<Declared> declared, int indirect) {
    }

    private static final Pattern REQUIRE_LINE = Pattern.compile("^require\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern BLOCK_ENTRY = Pattern.compile("^(\\S+)\\s+(v\\S+)");
    private static final Pattern BLOCK_OPEN = Pattern.compile("^(require|replace|exclude|retract|tool|godebug)\\s*\\($");

    private GoModules() {
    }

    static Result goMod(String text) throws ManifestSyntaxException {
        List<Declared> out = new ArrayList<>();
        int indirect = 0;
        String block = null;
        int blockLine = 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            boolean isIndirect = raw.matches(".*//\\s*indirect\\b.*");
            String line = raw.replaceFirst("//.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (line.equals(")")) {
                    block = null;
                    continue;
                }
                if (block.equals("require")) {
                    Matcher m = BLOCK_ENTRY.matcher(line);
                    if (!m.find()) {
                        throw new ManifestSyntaxException("go.mod", i + 1, "expected a module path and version, found '"
                                + line + "'");
                    }
                    if (isIndirect) {
                        indirect++;
                    } else {
                        out.add(new Declared(unquote(m.group(1)), m.group(2), false, i + 1, "require"));
                    }
                }
                continue;
            }
            Matcher open = BLOCK_OPEN.matcher(line);
            if (open.matches()) {
                block = open.group(1);
                blockLine = i + 1;
                continue;
            }
            Matcher single = REQUIRE_LINE.matcher(line);
            if (single.find()) {
                if (isIndirect) {
                    indirect++;
                } else {
                    out.add(new Declared(unquote(single.group(1)), single.group(2), false, i + 1, "require"));
                }
            }
        }
        if (block != null) {
            throw new ManifestSyntaxException("go.mod", blockLine, "the " + block + " block opened here is never closed");
        }
        return new Result(out, indirect);
    }

    /** Modules go.sum records a checksum for (each module once, whatever its versions). */
    static Lockfile goSum(String text) {
        Set<String> modules = new HashSet<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && !parts[1].endsWith("/go.mod")) {
                modules.add(parts[0] + "@" + parts[1]);
            }
        }
        return new Lockfile("go.sum", modules.size(), Lockfile.none());
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
