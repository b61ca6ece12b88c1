package dev.prodready.collect.code;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One parsed file with what the analyses ask about it: its path, tree, and whether it runs in the browser. */
public record FileContext(String path, SyntaxTree tree, CodeRules rules, boolean client) {

    private static final Pattern USE_CLIENT = Pattern.compile("^\\s*(?://[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*[\"']use client[\"']",
            Pattern.DOTALL);
    private static final Pattern USE_SERVER = Pattern.compile("^\\s*(?://[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*[\"']use server[\"']",
            Pattern.DOTALL);

    static FileContext of(SyntaxTree tree, CodeRules rules) {
        return new FileContext(tree.path(), tree, rules, isClient(tree));
    }

    public Language language() {
        return tree.language();
    }

    /** The file starts with a "use server" directive (Next.js server actions). */
    public boolean useServer() {
        return tree.language().ecmascript() && USE_SERVER.matcher(tree.source()).lookingAt();
    }

    public String lowerPath() {
        return path.toLowerCase(Locale.ROOT);
    }

    /**
     * Code that ships to the browser: a "use client" module, or a front-end source file of a Vite/CRA-style app
     * (components, pages, hooks outside any server folder). Server entry points are never client code.
     */
    static boolean isClient(SyntaxTree tree) {
        return isClient(tree.language(), tree.path(), tree.source());
    }

    static boolean isClient(Language language, String path, String source) {
        if (!language.ecmascript()) {
            return false;
        }
        String p = "/" + path.toLowerCase(Locale.ROOT);
        if (USE_CLIENT.matcher(source).lookingAt()) {
            return true;
        }
        if (USE_SERVER.matcher(source).lookingAt() || SERVER_PATH.matcher(p).find()) {
            return false;
        }
        return CLIENT_PATH.matcher(p).find();
    }

    private static final Pattern SERVER_PATH = Pattern.compile(
            "/(api|server|servers|backend|functions|supabase|routes|controllers|middleware|lib/server|scripts|prisma)/"
                    + "|/(route|middleware|proxy|server)\\.[cm]?[jt]sx?$|/app/(.*/)?(page|layout|loading|error|template|default)\\.[jt]sx?$");
    private static final Pattern CLIENT_PATH = Pattern.compile(
            "/(components|hooks|pages|views|screens|contexts|context|store|stores|client|frontend)/|^/src/[^/]+\\.[jt]sx$"
                    + "|\\.(jsx|tsx)$");

    List<Node> nodes(Kind kind) {
        return tree.nodes(kind);
    }
}
