package dev.prodready.collect.code;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        if (USE_CLIENT.matcher(source).lookingAt()) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        Folder folder = folder(path.substring(0, slash + 1));
        if (USE_SERVER.matcher(source).lookingAt() || folder.server() || SERVER_NAME.matcher(name).matches()
                || folder.app() && APP_SERVER_NAME.matcher(name).matches()) {
            return false;
        }
        return folder.client() || folder.srcRoot() && SRC_ROOT_NAME.matcher(name).matches()
                || CLIENT_NAME.matcher(name).find();
    }

    /** What a folder (with its trailing slash) says about the modules in it; remembered per folder. */
    private record Folder(boolean server, boolean app, boolean client, boolean srcRoot) {
    }

    private static final Map<String, Folder> FOLDERS = new ConcurrentHashMap<>();

    private static Folder folder(String folder) {
        Folder known = FOLDERS.get(folder);
        if (known == null) {
            String f = "/" + folder.toLowerCase(Locale.ROOT);
            known = new Folder(SERVER_FOLDER.matcher(f).find(), f.contains("/app/"), CLIENT_FOLDER.matcher(f).find(),
                    f.equals("/src/"));
            if (FOLDERS.size() < 20_000) {
                FOLDERS.put(folder, known);
            }
        }
        return known;
    }

    // Server and browser modules by path: folders (matched on "/" + the folder, lower case) and names (lower case).
    private static final Pattern SERVER_FOLDER = Pattern.compile(
            "/(api|server|servers|backend|functions|supabase|routes|controllers|middleware|lib/server|scripts|prisma)/");
    private static final Pattern SERVER_NAME = Pattern.compile("(route|middleware|proxy|server)\\.[cm]?[jt]sx?");
    private static final Pattern APP_SERVER_NAME = Pattern.compile("(page|layout|loading|error|template|default)\\.[jt]sx?");
    private static final Pattern CLIENT_FOLDER = Pattern.compile(
            "/(components|hooks|pages|views|screens|contexts|context|store|stores|client|frontend)/");
    private static final Pattern SRC_ROOT_NAME = Pattern.compile("[^/]+\\.[jt]sx");
    private static final Pattern CLIENT_NAME = Pattern.compile("\\.(jsx|tsx)$");

    List<Node> nodes(Kind kind) {
        return tree.nodes(kind);
    }
}
