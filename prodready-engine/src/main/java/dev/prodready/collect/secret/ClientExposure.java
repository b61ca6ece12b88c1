package dev.prodready.collect.secret;

import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a value ends up in the browser: assigned to a variable name that build tools inline into
 * client bundles (NEXT_PUBLIC_, VITE_, ...), or written in a file that is client code.
 * File judgement is deliberately conservative: a Next.js file counts only with a "use client" directive.
 */
public final class ClientExposure {

    private static final Pattern USE_CLIENT = Pattern.compile(
            "\\A(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*[\"']use client[\"']", Pattern.DOTALL);
    private static final Pattern SERVER_PATH = Pattern.compile(
            "(?:^|/)(?:api|server|servers|backend|functions|netlify|prisma|scripts|migrations|cron|workers?|lambda)/"
                    + "|\\.server\\.|(?:^|/)(?:middleware|route|actions?)\\.[a-z]+$|(?:^|/)_?server[^/]*\\.[a-z]+$");
    private static final Pattern SCRIPT_EXT = Pattern.compile("\\.(?:js|jsx|mjs|cjs|ts|tsx|mts)$");
    private static final Pattern PUBLIC_DIR = Pattern.compile("(?:^|/)(?:public|static|assets|www)/");

    private final Pattern exposedName;
    private final boolean bundledSrc;
    private final boolean bundledAll;

    /**
     * @param prefixes   variable prefixes that are inlined into client bundles
     * @param bundledSrc every script under src/ is client code (Vite or Create React App single-page apps)
     * @param bundledAll every script outside server folders is client code (Expo and React Native apps)
     */
    public ClientExposure(List<String> prefixes, boolean bundledSrc, boolean bundledAll) {
        String alternatives = prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.exposedName = Pattern.compile("(?<![A-Za-z0-9_])((?:" + alternatives + ")[A-Za-z0-9_]*)[\"']?\\s*[:=]");
        this.bundledSrc = bundledSrc;
        this.bundledAll = bundledAll;
    }

    private static final Pattern VITE_CONFIG = Pattern.compile("vite\\.config\\.[cm]?[jt]s");
    private static final Pattern CONFIG_MODULE = Pattern.compile("[a-z.-]*\\.config\\.[cm]?[jt]s");

    /** Reads the workspace once to learn what kind of front end it builds. */
    public static ClientExposure of(Workspace workspace, Allowlist allowlist) {
        boolean vite = workspace.files().stream().anyMatch(f -> !f.path().contains("/")
                && VITE_CONFIG.matcher(f.name()).matches());
        Optional<String> pkg = workspace.file("package.json").flatMap(SourceFile::text);
        boolean cra = pkg.map(t -> t.contains("\"react-scripts\"")).orElse(false);
        boolean native_ = pkg.map(t -> t.contains("\"expo\"") || t.contains("\"react-native\"")).orElse(false);
        return new ClientExposure(allowlist.clientEnvPrefixes(), vite || cra, native_);
    }

    /** The client-exposed variable a value on this line is assigned to, given the text before the value. */
    Optional<String> exposedName(CharSequence linePrefix) {
        Matcher m = exposedName.matcher(linePrefix);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** True when the file at {@code path} is shipped to browsers or devices as it is. */
    boolean clientFile(String path, CharSequence text) {
        String p = path.toLowerCase(Locale.ROOT);
        if (SERVER_PATH.matcher(p).find() || p.endsWith(".d.ts") || isConfig(p)) {
            return false;
        }
        if (USE_CLIENT.matcher(text.subSequence(0, Math.min(text.length(), 2048))).find()) {
            return true;
        }
        if (p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".vue") || p.endsWith(".svelte")) {
            return true;
        }
        boolean script = SCRIPT_EXT.matcher(p).find();
        if (PUBLIC_DIR.matcher(p).find() && (script || p.endsWith(".json"))) {
            return true;
        }
        if (bundledSrc && script && p.startsWith("src/")) {
            return true;
        }
        return bundledAll && script;
    }

    private static boolean isConfig(String p) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.startsWith(".") || CONFIG_MODULE.matcher(name).matches();
    }
}
