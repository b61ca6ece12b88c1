package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server entry points of the JavaScript family: Next.js app-router handlers, server actions, pages/api, middleware
 * and its matcher, Express/Fastify/Hono/Koa routers and their use() chains, and Supabase Edge Functions.
 */
final class JsRoutes {

    private static final Pattern APP_ROUTE = Pattern.compile("(^|.*/)app/(.*/)?route\\.[cm]?[jt]sx?$");
    private static final Pattern DOTTED_NAME = Pattern.compile("[\\w$.]+");
    private static final Pattern NAME = Pattern.compile("[\\w$]+");
    private static final Pattern HOOK = Pattern.compile("['\"](onRequest|preHandler|preValidation|preParsing)['\"]");
    private static final Pattern CHAINED_ROUTE = Pattern.compile("\\.route\\(['\"`]([^'\"`]+)['\"`]\\)\\.\\w+$");
    private static final Pattern RECEIVER = Pattern.compile("[\\w$]+(\\.[\\w$]+)*(\\.route\\(.*\\))?");
    private static final Pattern PAGES_API = Pattern.compile("(^|.*/)pages/api/(.+)\\.[cm]?[jt]sx?$");
    private static final Pattern MIDDLEWARE = Pattern.compile("(^|.*/)(src/)?(middleware|proxy)\\.[cm]?[jt]s$");
    private static final Pattern EDGE_FUNCTION = Pattern.compile("(^|.*/)supabase/functions/([^/_][^/]*)/index\\.[jt]sx?$");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final Set<String> ROUTER_METHODS = Set.of("get", "post", "put", "patch", "delete", "del", "all",
            "options", "head");
    private static final Pattern EXPORT_AS = Pattern.compile("(\\w+)\\s+as\\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\b");
    private static final Pattern EXPORT_DESTRUCTURED = Pattern.compile(
            "export\\s+const\\s*\\{([^}]*)}\\s*=\\s*([\\w.]+)");

    private final FileContext file;
    private final CodeIndex index;
    private final Map<String, Boolean> verifyJwt;

    JsRoutes(FileContext file, CodeIndex index, Map<String, Boolean> verifyJwt) {
        this.file = file;
        this.index = index;
        this.verifyJwt = verifyJwt;
    }

    void run() {
        String path = file.path();
        Matcher app = APP_ROUTE.matcher(path);
        if (app.matches()) {
            appRoutes(routeOf(app.group(2) == null ? "" : app.group(2)));
        }
        Matcher pages = PAGES_API.matcher(path);
        if (pages.matches()) {
            pagesApi("/api/" + pages.group(2).replaceAll("/index$", ""));
        }
        Matcher middleware = MIDDLEWARE.matcher(path);
        if (middleware.matches() && importsNext()) {
            nextMiddleware(middleware.group(1));
        }
        Matcher edge = EDGE_FUNCTION.matcher(path);
        if (edge.matches()) {
            edgeFunction(edge.group(2));
        }
        serverActions();
        routers();
    }

    // ---- Next.js app router ----

    static String routeOf(String dirs) {
        StringBuilder route = new StringBuilder();
        for (String segment : dirs.split("/")) {
            if (segment.isEmpty() || (segment.startsWith("(") && segment.endsWith(")")) || segment.startsWith("@")) {
                continue;
            }
            route.append('/').append(segment);
        }
        return route.length() == 0 ? "/" : route.toString();
    }

    private void appRoutes(String route) {
        for (Node export : file.nodes(Kind.EXPORT)) {
            for (Node child : export.children()) {
                if (child.is(Kind.FUNC) && HTTP_METHODS.contains(child.slotText("name"))) {
                    add(new RouteCandidate("nextjs-app", child.slotText("name"), route, child.slotText("name"),
                            file.path(), child.line(), RouteCandidate.Coverage.NEXT_MIDDLEWARE), child, List.of());
                } else if (child.is(Kind.ASSIGN) && HTTP_METHODS.contains(child.slotText("left"))) {
                    String method = child.slotText("left");
                    assigned(new RouteCandidate("nextjs-app", method, route, method, file.path(), child.line(),
                            RouteCandidate.Coverage.NEXT_MIDDLEWARE), child);
                }
            }
            Matcher as = EXPORT_AS.matcher(export.text());
            boolean maybeAs = spacedAs(export.text());
            while (maybeAs && as.find()) {
                RouteCandidate c = new RouteCandidate("nextjs-app", as.group(2), route, as.group(1), file.path(),
                        export.line(), RouteCandidate.Coverage.NEXT_MIDDLEWARE);
                byName(c, as.group(1));
            }
            Matcher destructured = EXPORT_DESTRUCTURED.matcher(export.text());
            if (destructured.find()) {
                for (String method : destructured.group(1).split(",")) {
                    String m = method.strip().split("[:\\s]")[0];
                    if (HTTP_METHODS.contains(m)) {
                        RouteCandidate c = new RouteCandidate("nextjs-app", m, route, destructured.group(2), file.path(),
                                export.line(), RouteCandidate.Coverage.NEXT_MIDDLEWARE);
                        byName(c, destructured.group(2));
                    }
                }
            }
        }
    }

    /** export const GET = withAuth(async (req) => ...) or = handler or = async () => ... */
    private void assigned(RouteCandidate c, Node assign) {
        Optional<Node> value = assign.slotNode("right");
        if (value.isEmpty()) {
            byName(c, assign.slotText("right").strip());
            return;
        }
        unwrap(c, value.get());
    }

    /** Follows wrapper calls down to the handler function, recording each wrapper's name. */
    private void unwrap(RouteCandidate c, Node value) {
        Node at = value;
        List<String> wrappers = new ArrayList<>();
        while (at.is(Kind.CALL)) {
            wrappers.add(at.callee());
            Node inner = null;
            for (Node arg : at.args()) {
                Node v = arg.value();
                if (v.is(Kind.FUNC) || v.is(Kind.CALL)) {
                    inner = v;
                    break;
                }
            }
            if (inner == null) {
                // withAuth(handler): the last identifier argument is the handler
                List<Node> args = at.args();
                c.direct.addAll(wrappers);
                if (!args.isEmpty()) {
                    byName(c, args.get(args.size() - 1).text().strip());
                } else {
                    add(c, null, List.of());
                }
                return;
            }
            at = inner;
        }
        if (at.is(Kind.FUNC)) {
            add(c, at, wrappers);
        } else {
            c.direct.addAll(wrappers);
            byName(c, at.text().strip());
        }
    }

    private void byName(RouteCandidate c, String name) {
        Optional<Node> local = localFunction(name);
        if (local.isPresent()) {
            add(c, local.get(), List.of());
        } else {
            c.handlerRef = Names.lastSegment(name);
            index.route(c);
        }
    }

    private void add(RouteCandidate c, Node handler, List<String> wrappers) {
        c.direct.addAll(wrappers);
        if (handler != null) {
            c.scan = HandlerScan.of(file, handler);
        }
        c.admin = Admin.isAdmin(file.path(), c.route, c.handler);
        index.route(c);
    }

    /** A function defined in this file under {@code name}: a declaration, or a const bound to a function. */
    Optional<Node> localFunction(String name) {
        String n = Names.lastSegment(name);
        for (Node func : file.nodes(Kind.FUNC)) {
            if (n.equals(func.slotText("name"))) {
                return Optional.of(func);
            }
        }
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            if (n.equals(assign.slotText("left").strip())) {
                Optional<Node> value = assign.slotNode("right");
                if (value.isPresent() && value.get().is(Kind.FUNC)) {
                    return value;
                }
                if (value.isPresent() && value.get().is(Kind.CALL)) {
                    for (Node arg : value.get().args()) {
                        if (arg.value().is(Kind.FUNC)) {
                            return Optional.of(arg.value());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- pages/api ----

    private void pagesApi(String route) {
        for (Node export : file.nodes(Kind.EXPORT)) {
            if (!export.text().startsWith("export default")) {
                continue;
            }
            RouteCandidate c = new RouteCandidate("nextjs-pages", "ANY", route, "default", file.path(), export.line(),
                    RouteCandidate.Coverage.NEXT_MIDDLEWARE);
            Optional<Node> value = export.children().stream().filter(n -> n.is(Kind.FUNC) || n.is(Kind.CALL)).findFirst();
            if (value.isPresent()) {
                unwrap(c, value.get());
            } else {
                String ref = export.text().replaceFirst("^export default\\s+", "").replaceAll("[;\\s]+$", "");
                byName(c, ref);
            }
            return;
        }
    }

    // ---- server actions ----

    private void serverActions() {
        boolean module = file.useServer();
        if (module) {
            for (Node export : file.nodes(Kind.EXPORT)) {
                for (Node child : export.children()) {
                    if (child.is(Kind.FUNC) && !child.slotText("name").isEmpty()) {
                        action(child.slotText("name"), child, child.line());
                    } else if (child.is(Kind.ASSIGN) && child.slotNode("right").map(n -> n.is(Kind.FUNC)).orElse(false)) {
                        action(child.slotText("left").strip(), child.slotNode("right").get(), child.line());
                    }
                }
            }
            return;
        }
        for (Node func : file.nodes(Kind.FUNC)) {
            String body = func.slotText("body").strip();
            if (body.startsWith("{")) {
                body = body.substring(1).strip();
            }
            if (body.startsWith("\"use server\"") || body.startsWith("'use server'")) {
                String name = func.slotText("name");
                if (name.isEmpty()) {
                    name = func.parent().filter(p -> p.is(Kind.ASSIGN)).map(p -> p.slotText("left").strip()).orElse("action");
                }
                action(name, func, func.line());
            }
        }
    }

    private void action(String name, Node func, int line) {
        RouteCandidate c = new RouteCandidate("nextjs-action", "ACTION", "action:" + name, name, file.path(), line,
                RouteCandidate.Coverage.NONE);
        add(c, func, List.of());
    }

    // ---- Next.js middleware ----

    private static final Pattern NEXT_MIDDLEWARE_SOURCE = Pattern.compile(
            "(from|require\\()\\s*['\"](next|next/|next-auth|@clerk/|@supabase/|@auth/|@/|\\.{1,2}/)");

    /** A middleware.ts of a Next.js app imports from Next, an auth library or the app itself. */
    private boolean importsNext() {
        return NEXT_MIDDLEWARE_SOURCE.matcher(file.tree().source()).find();
    }

    private void nextMiddleware(String root) {
        String source = file.tree().source();
        List<Pattern> matchers = new ArrayList<>();
        for (Node pair : file.nodes(Kind.PAIR)) {
            if (pair.slotText("key").replace("\"", "").replace("'", "").equals("matcher")) {
                for (Node s : pair.slotDescendants("value", Kind.STR)) {
                    Node owner = s.ancestor(Kind.PAIR).orElse(pair);
                    if (owner == pair || Names.stripQuotes(owner.slotText("key")).equals("source")) {
                        matcherRegex(unescape(s.literalText())).ifPresent(matchers::add);
                    }
                }
            }
        }
        List<Pattern> only = new ArrayList<>();
        List<Pattern> except = new ArrayList<>();
        boolean clerk = source.contains("clerkMiddleware") || source.contains("authMiddleware(");
        if (clerk) {
            clerkScope(only, except);
        } else {
            pathConditions(only, except);
        }
        passThrough(except);
        List<Pattern> rolePaths = new ArrayList<>();
        boolean roleAll = false;
        Pattern role = file.rules().pattern("patterns.role");
        for (Node branch : file.nodes(Kind.IF)) {
            String cond = branch.slotText("cond");
            if (role.matcher(cond).find()) {
                Matcher m = STARTS_WITH.matcher(cond);
                boolean scoped = false;
                while (m.find()) {
                    if (m.group(1).isEmpty()) {
                        rolePaths.add(Pattern.compile("^" + Pattern.quote(m.group(2))));
                        scoped = true;
                    }
                }
                roleAll |= !scoped;
            }
        }
        boolean reexported = source.contains("next-auth/middleware");
        boolean nextAuthExport = Pattern.compile("export\\s*\\{\\s*auth\\s+as\\s+(middleware|proxy|default)").matcher(source).find()
                || Pattern.compile("export\\s+default\\s+auth\\b").matcher(source).find();
        index.middleware(new NextMiddleware(file.path(), 1, root == null ? "" : root, matchers, only, except,
                HandlerScan.ofFile(file), clerk, reexported, nextAuthExport, roleAll, rolePaths));
    }

    /** Clerk: protect() inside if (isProtected(req)) covers those patterns; inside if (!isPublic(req)) all but those. */
    private void clerkScope(List<Pattern> only, List<Pattern> except) {
        Map<String, List<String>> matchersByName = new java.util.HashMap<>();
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            Optional<Node> value = assign.slotNode("right");
            if (value.isPresent() && value.get().is(Kind.CALL) && value.get().calleeName().equals("createRouteMatcher")) {
                List<String> patterns = value.get().descendants(Kind.STR).stream().map(Node::literalText).toList();
                matchersByName.put(assign.slotText("left").strip(), patterns);
            }
        }
        if (file.tree().source().contains("authMiddleware(")) {
            return; // the deprecated authMiddleware protects everything but publicRoutes
        }
        for (Node call : file.nodes(Kind.CALL)) {
            if (!call.calleeName().equals("protect") && !call.calleeName().equals("redirectToSignIn")) {
                continue;
            }
            Optional<Node> branch = call.ancestor(Kind.IF);
            if (branch.isEmpty()) {
                continue;
            }
            String cond = branch.get().slotText("cond");
            matchersByName.forEach((name, patterns) -> {
                if (Pattern.compile("!\\s*" + Pattern.quote(name) + "\\s*\\(").matcher(cond).find()) {
                    patterns.forEach(p -> matcherRegex(p).ifPresent(except::add));
                } else if (Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "\\s*\\(").matcher(cond).find()) {
                    patterns.forEach(p -> matcherRegex(p).ifPresent(only::add));
                }
            });
        }
    }

    private static final Pattern STARTS_WITH = Pattern.compile("(!?)\\s*[\\w.$?]*\\.startsWith\\(\\s*['\"`]([^'\"`]+)['\"`]");

    /** if (!user && pathname.startsWith('/dashboard')): the check covers only those prefixes. */
    private void pathConditions(List<Pattern> only, List<Pattern> except) {
        Pattern identity = file.rules().pattern("patterns.middlewareRejects");
        for (Node branch : file.nodes(Kind.IF)) {
            String cond = branch.slotText("cond");
            if (!identity.matcher(cond).find()) {
                continue;
            }
            Matcher m = STARTS_WITH.matcher(cond);
            while (m.find()) {
                Pattern prefix = Pattern.compile("^" + Pattern.quote(m.group(2)));
                (m.group(1).isEmpty() ? only : except).add(prefix);
            }
        }
    }

    /** if (PUBLIC.some(p => pathname.startsWith(p))) return NextResponse.next(): those paths skip the checks below. */
    private void passThrough(List<Pattern> except) {
        for (Node branch : file.nodes(Kind.IF)) {
            String cond = branch.slotText("cond");
            String body = file.tree().text(branch.slotRange("cond").map(r -> r[1]).orElse(branch.start()), branch.end());
            int next = body.indexOf("NextResponse.next(");
            if (next < 0 || body.contains("redirect") || body.contains("401") || body.contains("403")
                    || !cond.contains("pathname") && !cond.contains("nextUrl") && !cond.contains("url")) {
                continue;
            }
            Matcher direct = STARTS_WITH.matcher(cond);
            while (direct.find()) {
                if (direct.group(1).isEmpty()) {
                    except.add(Pattern.compile("^" + Pattern.quote(direct.group(2))));
                }
            }
            Matcher ids = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\.\\s*(some|includes|find)\\(").matcher(cond);
            while (ids.find()) {
                for (Node assign : file.nodes(Kind.ASSIGN)) {
                    if (assign.slotText("left").strip().equals(ids.group(1))) {
                        for (Node str : assign.slotDescendants("right", Kind.STR)) {
                            String literal = str.literalText();
                            if (literal.startsWith("/")) {
                                except.add(Pattern.compile("^" + Pattern.quote(literal)));
                            }
                        }
                    }
                }
            }
        }
    }

    static String unescape(String js) {
        return js.replace("\\\\", "\\");
    }

    /** A Next.js matcher (path-to-regexp with regex groups) as a Java regular expression over the route path. */
    static Optional<Pattern> matcherRegex(String matcher) {
        String m = matcher.strip();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        m = m.replaceAll("/:\\w+\\*", "(?:/.*)?")
                .replaceAll("/:\\w+\\+", "/.+")
                .replaceAll("/:\\w+\\?", "(?:/[^/]+)?")
                .replaceAll(":\\w+", "[^/]+");
        if (m.endsWith("/(.*)")) {
            m = m.substring(0, m.length() - 5) + "(?:/.*)?";
        }
        try {
            return Optional.of(Pattern.compile(m));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- Supabase Edge Functions ----

    private void edgeFunction(String name) {
        RouteCandidate c = new RouteCandidate("supabase-edge", "ANY", "/functions/v1/" + name, name, file.path(),
                servingLine(), RouteCandidate.Coverage.NONE);
        c.scan = HandlerScan.ofFile(file);
        c.verifyJwt = verifyJwt.getOrDefault(name, Boolean.TRUE);
        c.admin = Admin.isAdmin(file.path(), c.route, name);
        index.route(c);
    }

    private int servingLine() {
        for (Node call : file.nodes(Kind.CALL)) {
            if (call.callee().equals("Deno.serve") || call.callee().equals("serve")) {
                return call.line();
            }
        }
        return 1;
    }

    // ---- Express, Fastify, Hono, Koa ----

    private record Use(String receiver, String prefix, List<String> names, int line) {
    }

    private void routers() {
        boolean framework = importsServerFramework();
        List<Use> uses = new ArrayList<>();
        List<Node> calls = file.nodes(Kind.CALL);
        for (Node call : calls) {
            String name = call.calleeName();
            String receiver = receiver(call);
            if (receiver.isEmpty()) {
                continue;
            }
            if (name.equals("use") || (name.equals("addHook") && hookName(call))) {
                use(call, receiver, framework).ifPresent(uses::add);
            }
        }
        for (Node call : calls) {
            String name = call.calleeName();
            String receiver = receiver(call);
            if (receiver.isEmpty() || !(ROUTER_METHODS.contains(name) || name.equals("route"))) {
                continue;
            }
            List<Node> args = call.args();
            String route;
            int firstHandler;
            String chained = chainedRoute(call);
            if (name.equals("route")) {
                fastifyRoute(call, receiver, framework, uses);
                continue;
            }
            if (chained != null) {
                route = chained;
                firstHandler = 0;
                receiver = receiver.replaceAll("\\.route\\(.*$", "");
            } else {
                if (args.size() < 2 || !args.get(0).value().is(Kind.STR) || args.get(0).value().interpolated()) {
                    continue;
                }
                route = args.get(0).value().literalText();
                if (!route.startsWith("/") && !route.equals("*")) {
                    continue;
                }
                firstHandler = 1;
            }
            if (args.size() <= firstHandler) {
                continue;
            }
            Node last = args.get(args.size() - 1).value();
            boolean handlerLike = last.is(Kind.FUNC) || last.is(Kind.CALL)
                    || DOTTED_NAME.matcher(last.text()).matches();
            if (!handlerLike || !(framework || (SERVER_RECEIVERS.contains(receiver) && last.is(Kind.FUNC)))) {
                continue;
            }
            String method = name.equals("del") ? "DELETE" : name.toUpperCase(Locale.ROOT);
            RouteCandidate c = new RouteCandidate(frameworkName(), method.equals("ALL") ? "ANY" : method, route,
                    receiver + "." + name, file.path(), call.line(), RouteCandidate.Coverage.MOUNTS);
            for (int i = firstHandler; i < args.size() - 1; i++) {
                middlewareNames(args.get(i).value(), c.direct);
            }
            for (Use use : uses) {
                if (use.receiver().equals(receiver) && use.line() < call.line() && prefixCovers(use.prefix(), route)) {
                    c.covering.addAll(use.names());
                }
            }
            handler(c, last);
        }
    }

    private void handler(RouteCandidate c, Node last) {
        if (last.is(Kind.FUNC)) {
            add(c, last, List.of());
        } else if (last.is(Kind.CALL)) {
            unwrap(c, last);
        } else {
            byName(c, last.text().strip());
        }
    }

    /** fastify.route({ method: 'GET', url: '/x', preHandler: [...], handler }) */
    private void fastifyRoute(Node call, String receiver, boolean framework, List<Use> uses) {
        if (!framework || call.args().size() != 1 || !call.args().get(0).text().strip().startsWith("{")) {
            return;
        }
        Node options = call.args().get(0).value();
        String url = null;
        String method = "ANY";
        Node handler = null;
        List<String> names = new ArrayList<>();
        for (Node pair : options.children()) {
            if (!pair.is(Kind.PAIR) || pair.parent().orElse(null) != options && !pair.hasAncestor(options)) {
                continue;
            }
            String key = Names.stripQuotes(pair.slotText("key"));
            Optional<Node> value = pair.slotNode("value");
            switch (key) {
                case "url", "path" -> url = value.filter(v -> v.is(Kind.STR)).map(Node::literalText).orElse(null);
                case "method" -> method = Names.stripQuotes(pair.slotText("value")).toUpperCase(Locale.ROOT);
                case "handler" -> handler = value.orElse(null);
                case "onRequest", "preHandler", "preValidation", "preParsing" -> valueNames(pair, names);
                default -> {
                }
            }
        }
        if (url == null) {
            return;
        }
        RouteCandidate c = new RouteCandidate("fastify", method, url, receiver + ".route", file.path(), call.line(),
                RouteCandidate.Coverage.MOUNTS);
        c.direct.addAll(names);
        for (Use use : uses) {
            if (use.receiver().equals(receiver) && use.line() < call.line()) {
                c.covering.addAll(use.names());
            }
        }
        if (handler != null) {
            handler(c, handler);
        } else {
            add(c, null, List.of());
        }
    }

    private static final Set<String> SERVER_RECEIVERS = Set.of("app", "router", "server", "fastify", "routes",
            "instance", "api", "apiRouter", "adminRouter", "authRouter", "v1", "r");

    private static boolean hookName(Node call) {
        return call.arg(0).map(a -> HOOK.matcher(a.text()).matches())
                .orElse(false);
    }

    private Optional<Use> use(Node call, String receiver, boolean framework) {
        List<Node> args = call.args();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String prefix = "";
        int from = 0;
        if (call.calleeName().equals("addHook")) {
            from = 1;
        } else if (args.get(0).value().is(Kind.STR)) {
            prefix = args.get(0).value().literalText();
            from = 1;
        }
        List<String> names = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            Node v = args.get(i).value();
            middlewareNames(v, names);
            if (i == args.size() - 1 && i > from - 1 && NAME.matcher(v.text()).matches() && framework) {
                String target = imports().get(v.text());
                if (target != null) {
                    index.mount(new Mount(target, prefix, List.copyOf(names.subList(0, names.size() - 1)), file.path(),
                            call.line()));
                }
            }
        }
        return Optional.of(new Use(receiver, prefix, names, call.line()));
    }

    /** The names a middleware expression stands for: identifiers, callees (passport.authenticate), array items. */
    private static void middlewareNames(Node value, List<String> out) {
        if (value.is(Kind.CALL)) {
            out.add(value.callee());
            return;
        }
        String text = value.text().strip();
        if (text.startsWith("[")) {
            for (String part : text.substring(1, Math.max(1, text.length() - 1)).split(",")) {
                String p = part.strip();
                int paren = p.indexOf('(');
                out.add(Names.normaliseCallee(paren > 0 ? p.substring(0, paren) : p));
            }
        } else if (text.startsWith("{")) {
            // fastify route options: { preHandler: [fastify.authenticate] }
            for (Node pair : value.descendants(Kind.PAIR)) {
                String key = Names.stripQuotes(pair.slotText("key"));
                if (key.equals("onRequest") || key.equals("preHandler") || key.equals("preValidation")) {
                    valueNames(pair, out);
                }
            }
        } else if (!value.is(Kind.FUNC) && !value.is(Kind.STR)) {
            out.add(Names.normaliseCallee(text));
        }
    }

    /** The middleware names of a pair's value: a captured node, or an uncaptured array such as [a, b()]. */
    private static void valueNames(Node pair, List<String> out) {
        Optional<Node> value = pair.slotNode("value");
        if (value.isPresent()) {
            middlewareNames(value.get(), out);
            return;
        }
        String text = pair.slotText("value").strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            int paren = p.indexOf('(');
            if (!p.isEmpty()) {
                out.add(Names.normaliseCallee(paren > 0 ? p.substring(0, paren) : p));
            }
        }
    }

    private static boolean prefixCovers(String prefix, String route) {
        if (prefix.isEmpty() || prefix.equals("/") || prefix.equals("*") || prefix.equals("/*")) {
            return true;
        }
        String p = prefix.replaceAll("/?\\*+$", "");
        return route.equals(p) || route.startsWith(p.endsWith("/") ? p : p + "/");
    }

    /** router.route('/x').get(...) */
    private static String chainedRoute(Node call) {
        String callee = call.callee();
        Matcher m = CHAINED_ROUTE.matcher(callee);
        return m.find() ? m.group(1) : null;
    }

    private static String receiver(Node call) {
        String callee = call.callee();
        int dot = callee.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String receiver = callee.substring(0, dot);
        return RECEIVER.matcher(receiver).matches() ? receiver : "";
    }

    private boolean importsServerFramework() {
        String s = file.tree().source();
        for (String name : SERVER_FRAMEWORKS) {
            if (s.contains(name)) {
                return SERVER_IMPORT.matcher(s).find();
            }
        }
        return false; // the regex needs one of the names: most modules have none, and it would try every offset
    }

    /** A piece of each framework name {@link #SERVER_IMPORT} knows, one of which its every match holds. */
    private static final List<String> SERVER_FRAMEWORKS = List.of("express", "fastify", "hono", "koa", "restify",
            "polka", "h3");

    /**
     * Whether the text holds "as" between whitespace, as every match of {@link #EXPORT_AS} does: an export
     * declaration's text is its whole function, and the regex would try every offset of it.
     */
    private static boolean spacedAs(String text) {
        for (int at = text.indexOf("as", 1); at >= 0 && at + 2 < text.length(); at = text.indexOf("as", at + 1)) {
            if (Character.isWhitespace(text.charAt(at - 1)) && Character.isWhitespace(text.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SERVER_IMPORT = Pattern.compile(
            "(from\\s+|require\\(\\s*)['\"](express|fastify|hono|koa|@koa/router|koa-router|express-promise-router|"
                    + "@hono/[\\w-]+|hono/[\\w-]+|restify|polka|h3)['\"]");

    private String frameworkName() {
        String s = file.tree().source();
        if (s.contains("'fastify'") || s.contains("\"fastify\"")) {
            return "fastify";
        }
        if (s.contains("'hono'") || s.contains("\"hono\"") || s.contains("hono/")) {
            return "hono";
        }
        if (s.contains("koa")) {
            return "koa";
        }
        return "express";
    }

    private Map<String, String> importsCache;

    /** Local names of imported modules resolved to workspace paths (relative imports only). */
    private Map<String, String> imports() {
        if (importsCache == null) {
            importsCache = Imports.relative(file);
        }
        return importsCache;
    }
}
