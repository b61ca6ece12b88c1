package dev.prodready.collect.code;

import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server entry points in Python: FastAPI and Flask route decorators (with dependencies, router-level
 * dependencies, before_request hooks and decorators such as login_required), and Django views (function views
 * taking a request, class-based views and DRF views, with mixins, permission_classes and project defaults).
 */
final class PyRoutes {

    private static final Pattern ROUTE_DECORATOR = Pattern.compile(
            "^@\\s*([\\w.]+)\\.(get|post|put|patch|delete|route|api_route|websocket)\\s*\\(");
    private static final Pattern ROUTERS = Pattern.compile("APIRouter|FastAPI|Blueprint");
    private static final Pattern DEPENDS = Pattern.compile("\\b(?:Depends|Security)\\(\\s*([\\w.]+)");
    private static final Pattern ANNOTATION_TYPE = Pattern.compile(":\\s*([A-Z]\\w*)");
    private static final Pattern METHODS = Pattern.compile("methods\\s*=\\s*\\[([^\\]]*)]");
    private static final Pattern VIEWS_FILE = Pattern.compile("(^|/)(views|viewsets|api)(\\.py$|/)");
    private static final Pattern CBV_BASE = Pattern.compile("View\\b|ViewSet\\b|APIView\\b|Mixin\\b|GenericAPIView");
    private static final Pattern DRF_BASE = Pattern.compile("APIView|ViewSet|GenericAPIView|ListAPIView|CreateAPIView"
            + "|RetrieveAPIView|UpdateAPIView|DestroyAPIView|ListCreateAPIView|RetrieveUpdateDestroyAPIView");

    private final FileContext file;
    private final CodeIndex index;

    PyRoutes(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
    }

    void run() {
        Map<String, List<String>> routerDeps = routerDependencies();
        Map<String, List<String>> hooks = beforeRequestHooks();
        dependencyAliases();
        includeRouters();
        settings();
        boolean routed = false;
        for (Node decorated : file.nodes(Kind.DECORATED)) {
            Optional<Node> func = decorated.children().stream().filter(n -> n.is(Kind.FUNC)).findFirst();
            if (func.isEmpty()) {
                continue;
            }
            List<Node> decorators = decorated.children().stream().filter(n -> n.is(Kind.DECORATOR)).toList();
            for (Node decorator : decorators) {
                Matcher m = ROUTE_DECORATOR.matcher(decorator.text());
                if (!m.find()) {
                    continue;
                }
                routed = true;
                route(decorated, func.get(), decorators, decorator, m.group(1), m.group(2), routerDeps, hooks);
                break;
            }
        }
        if (!routed && VIEWS_FILE.matcher(file.path()).find()) {
            djangoViews();
        }
    }

    private void route(Node decorated, Node func, List<Node> decorators, Node routeDecorator, String receiver,
                       String verb, Map<String, List<String>> routerDeps, Map<String, List<String>> hooks) {
        String path = routeDecorator.descendants(Kind.STR).stream().findFirst().map(Node::literalText).orElse("");
        String method = verb.toUpperCase(Locale.ROOT);
        if (verb.equals("route") || verb.equals("api_route")) {
            Matcher methods = METHODS.matcher(routeDecorator.text());
            method = methods.find() ? methods.group(1).replaceAll("[\"'\\s]", "").toUpperCase(Locale.ROOT) : "GET";
        }
        String name = func.slotText("name");
        String framework = file.tree().source().contains("fastapi") || file.tree().source().contains("APIRouter")
                ? "fastapi" : "flask";
        RouteCandidate c = new RouteCandidate(framework, method, path, name, file.path(), func.line(),
                RouteCandidate.Coverage.MOUNTS);
        for (Node decorator : decorators) {
            if (decorator == routeDecorator) {
                Matcher deps = DEPENDS.matcher(decorator.text());
                while (deps.find()) {
                    c.direct.add(deps.group(1));
                }
                continue;
            }
            c.direct.add(decoratorName(decorator));
            Matcher deps = DEPENDS.matcher(decorator.text());
            while (deps.find()) {
                c.direct.add(deps.group(1));
            }
            if (decorator.text().contains("limit")) {
                c.presetRateLimit = true;
            }
        }
        String params = func.slotText("params");
        Matcher deps = DEPENDS.matcher(params);
        while (deps.find()) {
            c.direct.add(deps.group(1));
        }
        Matcher types = ANNOTATION_TYPE.matcher(params);
        while (types.find()) {
            c.direct.add(types.group(1));
        }
        c.covering.addAll(routerDeps.getOrDefault(receiver, List.of()));
        c.covering.addAll(hooks.getOrDefault(receiver, List.of()));
        c.scan = HandlerScan.of(file, func);
        c.admin = Admin.isAdmin(file.path(), path, name);
        index.route(c);
    }

    static String decoratorName(Node decorator) {
        Matcher m = DECORATOR_NAME.matcher(decorator.text());
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern DECORATOR_NAME = Pattern.compile("^@\\s*([\\w.]+)");

    /** router = APIRouter(dependencies=[Depends(get_current_user)]) */
    private Map<String, List<String>> routerDependencies() {
        Map<String, List<String>> out = new HashMap<>();
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            Optional<Node> value = assign.slotNode("right");
            if (value.isPresent() && value.get().is(Kind.CALL) && ROUTERS.matcher(value.get().calleeName()).matches()) {
                List<String> names = new ArrayList<>();
                Matcher deps = DEPENDS.matcher(value.get().text());
                while (deps.find()) {
                    names.add(deps.group(1));
                }
                out.put(assign.slotText("left").strip(), names);
            }
        }
        return out;
    }

    /** CurrentUser = Annotated[User, Depends(get_current_user)]: the alias stands for its dependency. */
    private void dependencyAliases() {
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            if (assign.ancestor(Kind.FUNC).isPresent() || assign.ancestor(Kind.CLASS).isPresent()) {
                continue;
            }
            String left = assign.slotText("left").strip();
            Matcher deps = DEPENDS.matcher(assign.slotText("right"));
            List<String> names = new ArrayList<>();
            while (deps.find()) {
                names.add(deps.group(1));
            }
            if (!names.isEmpty() && left.matches("\\w+")) {
                index.summary(new FunctionSummary(left, file.path(), assign.line(), names, false, false, false, false));
            }
        }
    }

    /** app.include_router(users.router, dependencies=[Depends(...)]): routes of that module are covered. */
    private void includeRouters() {
        for (Node call : file.nodes(Kind.CALL)) {
            if (!call.calleeName().equals("include_router") && !call.calleeName().equals("register_blueprint")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher deps = DEPENDS.matcher(call.text());
            while (deps.find()) {
                names.add(deps.group(1));
            }
            if (names.isEmpty() || call.args().isEmpty()) {
                continue;
            }
            String target = call.args().get(0).text().strip();
            String module = target.endsWith(".router") ? target.substring(0, target.length() - 7) : target;
            module = Names.lastSegment(module).replaceAll("_router$", "");
            index.mount(new Mount("*/" + module, "", names, file.path(), call.line()));
        }
    }

    /** Flask before_request hooks on an app or blueprint: their guard covers every route of that receiver. */
    private Map<String, List<String>> beforeRequestHooks() {
        Map<String, List<String>> out = new HashMap<>();
        for (Node decorated : file.nodes(Kind.DECORATED)) {
            for (Node decorator : decorated.children()) {
                Matcher m = Pattern.compile("^@\\s*([\\w.]+)\\.before_request").matcher(decorator.text());
                if (decorator.is(Kind.DECORATOR) && m.find()) {
                    decorated.children().stream().filter(n -> n.is(Kind.FUNC)).findFirst()
                            .ifPresent(f -> out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f.slotText("name")));
                }
            }
        }
        return out;
    }

    /** Django settings: DRF default permissions and LoginRequiredMiddleware make views authenticated by default. */
    private void settings() {
        String source = file.tree().source();
        if (!file.path().endsWith(".py") || !(file.path().contains("settings") || source.contains("REST_FRAMEWORK"))) {
            return;
        }
        Matcher drf = Pattern.compile("DEFAULT_PERMISSION_CLASSES['\"]\\s*:\\s*[\\[(]([^\\])]*)").matcher(source);
        if (drf.find() && drf.group(1).contains("IsAuthenticated") && !drf.group(1).contains("AllowAny")) {
            index.flag("drf-default-authenticated");
        }
        if (source.contains("django.contrib.auth.middleware.LoginRequiredMiddleware")) {
            index.flag("django-login-required-middleware");
        }
    }

    private void djangoViews() {
        for (Node func : file.nodes(Kind.FUNC)) {
            if (func.ancestor(Kind.FUNC).isPresent() || func.ancestor(Kind.CLASS).isPresent()) {
                continue;
            }
            String params = func.slotText("params").replaceAll("[()\\s]", "");
            if (!params.equals("request") && !params.startsWith("request,") && !params.startsWith("request:")) {
                continue;
            }
            String name = func.slotText("name");
            RouteCandidate c = new RouteCandidate("django", "ANY", "view:" + name, name, file.path(), func.line(),
                    RouteCandidate.Coverage.NONE);
            List<Node> decorators = func.parent().filter(p -> p.is(Kind.DECORATED))
                    .map(p -> p.children().stream().filter(n -> n.is(Kind.DECORATOR)).toList()).orElse(List.of());
            boolean drf = false;
            boolean exempt = false;
            for (Node decorator : decorators) {
                String dn = decoratorName(decorator);
                drf |= dn.equals("api_view");
                exempt |= dn.equals("login_not_required");
                c.direct.add(dn);
                decoratorArgumentNames(decorator, c.direct);
                if (dn.equals("permission_classes") && decorator.text().contains("AllowAny")) {
                    c.preset = RouteGuard.PUBLIC;
                    c.presetDetail = "permission_classes AllowAny";
                }
            }
            flags(c, drf && !decorators.stream().anyMatch(d -> decoratorName(d).equals("permission_classes")), exempt);
            c.scan = HandlerScan.of(file, func);
            c.admin = Admin.isAdmin(file.path(), name, name);
            index.route(c);
        }
        for (Node cls : file.nodes(Kind.CLASS)) {
            String bases = cls.slotText("bases");
            if (!CBV_BASE.matcher(bases).find() || cls.ancestor(Kind.CLASS).isPresent()) {
                continue;
            }
            String name = cls.slotText("name");
            RouteCandidate c = new RouteCandidate("django", "ANY", "view:" + name, name, file.path(), cls.line(),
                    RouteCandidate.Coverage.NONE);
            for (String base : bases.replaceAll("[()\\s]", "").split(",")) {
                c.direct.add(Names.lastSegment(base));
            }
            boolean explicitPermissions = false;
            for (Node assign : cls.descendants(Kind.ASSIGN)) {
                if (assign.ancestor(Kind.FUNC).isPresent()) {
                    continue;
                }
                String left = assign.slotText("left").strip();
                if (left.equals("permission_classes") || left.equals("authentication_classes")) {
                    explicitPermissions |= left.equals("permission_classes");
                    String right = assign.slotText("right");
                    for (String part : right.replaceAll("[\\[\\]()\\s]", "").split(",")) {
                        if (!part.isEmpty()) {
                            c.direct.add(Names.lastSegment(part));
                        }
                    }
                    if (left.equals("permission_classes") && right.contains("AllowAny")) {
                        c.preset = RouteGuard.PUBLIC;
                        c.presetDetail = "permission_classes AllowAny";
                    }
                }
            }
            cls.parent().filter(p -> p.is(Kind.DECORATED)).ifPresent(p -> p.children().stream()
                    .filter(n -> n.is(Kind.DECORATOR)).forEach(d -> {
                        c.direct.add(decoratorName(d));
                        decoratorArgumentNames(d, c.direct);
                    }));
            flags(c, DRF_BASE.matcher(bases).find() && !explicitPermissions, false);
            c.scan = HandlerScan.of(file, cls);
            c.admin = Admin.isAdmin(file.path(), name, name);
            index.route(c);
        }
    }

    private static void flags(RouteCandidate c, boolean drfDefaults, boolean exempt) {
        if (drfDefaults) {
            c.flagCovering.put("drf-default-authenticated", "REST_FRAMEWORK DEFAULT_PERMISSION_CLASSES requires authentication");
        }
        if (!exempt) {
            c.flagCovering.put("django-login-required-middleware", "LoginRequiredMiddleware covers every view");
        }
    }

    /** @method_decorator(login_required, name="dispatch"), @permission_classes([IsAuthenticated]) */
    private static void decoratorArgumentNames(Node decorator, List<String> out) {
        Matcher m = Pattern.compile("\\b([A-Za-z_]\\w*)\\b").matcher(decorator.text().replaceFirst("^@\\s*[\\w.]+", ""));
        while (m.find()) {
            String n = m.group(1);
            if (n.contains("required") || n.startsWith("Is") || n.contains("login") || n.contains("staff")
                    || n.contains("superuser") || n.contains("permission")) {
                out.add(n);
            }
        }
    }
}
