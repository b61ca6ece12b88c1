package dev.prodready.collect.manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gemfile (Ruby code, read line by line for {@code gem} calls and {@code group} blocks) and Gemfile.lock. A gem is
 * dev when every group it is in is development or test.
 */
final class RubyGems {

    private static final Set<String> DEV_GROUPS = Set.of("development", "test");
    private static final Pattern GEM = Pattern.compile("^gem\\s*\\(?\\s*[\"']([^\"']+)[\"'](.*)$");
    private static final Pattern GEM_ANY = Pattern.compile("^gem\\b");
    private static final Pattern VERSION_ARG = Pattern.compile("^\\s*,\\s*[\"']([^\"']+)[\"']");
    private static final Pattern GROUP_OPTION = Pattern.compile("\\bgroups?\\s*(?::|=>)\\s*(\\[[^\\]]*]|:\\w+|[\"']\\w+[\"'])");
    private static final Pattern GROUP_BLOCK = Pattern.compile("^group\\s*\\(?([^)]*?)\\)?\\s+do\\b");
    private static final Pattern OPENS_BLOCK = Pattern.compile("(\\bdo\\s*(\\|[^|]*\\|)?\\s*$)|^(if|unless|case|begin|while|until)\\b");
    private static final Pattern SYMBOL = Pattern.compile(":?[\"']?(\\w+)[\"']?");
    private static final Pattern LOCK_SPEC = Pattern.compile("^    ([^\\s(]+) \\(([^)]+)\\)$");

    private RubyGems() {
    }

    static List<Declared> gemfile(String text, BiConsumer<Integer, String> problems) {
        List<Declared> out = new ArrayList<>();
        Deque<List<String>> blocks = new ArrayDeque<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("end") || line.startsWith("end ") || line.startsWith("end.")) {
                if (!blocks.isEmpty()) {
                    blocks.pop();
                }
                continue;
            }
            Matcher group = GROUP_BLOCK.matcher(line);
            if (group.find()) {
                blocks.push(symbols(group.group(1)));
                continue;
            }
            Matcher gem = GEM.matcher(line);
            if (gem.find()) {
                String rest = gem.group(2);
                Matcher version = VERSION_ARG.matcher(rest);
                List<String> versions = new ArrayList<>();
                while (version.find()) {
                    versions.add(version.group(1));
                    rest = rest.substring(version.end());
                    version = VERSION_ARG.matcher(rest);
                }
                List<String> groups = new ArrayList<>();
                blocks.forEach(groups::addAll);
                Matcher option = GROUP_OPTION.matcher(gem.group(2));
                if (option.find()) {
                    groups.addAll(symbols(option.group(1)));
                }
                boolean dev = !groups.isEmpty() && groups.stream().allMatch(DEV_GROUPS::contains);
                out.add(new Declared(gem.group(1), String.join(", ", versions), dev, i + 1,
                        groups.isEmpty() ? "gems" : "group " + String.join(", ", groups)));
                if (OPENS_BLOCK.matcher(line).find()) {
                    blocks.push(List.of());
                }
                continue;
            }
            if (GEM_ANY.matcher(line).find()) {
                problems.accept(i + 1, line);
                continue;
            }
            if (OPENS_BLOCK.matcher(line).find()) {
                blocks.push(List.of()); // platforms, source, git, path, if ... blocks group nothing
            }
        }
        return out;
    }

    private static List<String> symbols(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Lockfile gemfileLock(String text) {
        Map<String, String> versions = new HashMap<>();
        boolean inSpecs = false;
        for (String line : text.lines().toList()) {
            if (!line.startsWith(" ")) {
                inSpecs = false;
                continue;
            }
            if (line.strip().equals("specs:")) {
                inSpecs = true;
                continue;
            }
            Matcher spec = LOCK_SPEC.matcher(line);
            if (inSpecs && spec.matches()) {
                versions.putIfAbsent(spec.group(1), spec.group(2).replaceFirst("-(x86|arm|aarch|java|universal|x64).*$", ""));
            }
        }
        return new Lockfile("Gemfile.lock", versions.size(), (dir, name, declared) -> Optional.ofNullable(versions.get(name)));
    }
}
