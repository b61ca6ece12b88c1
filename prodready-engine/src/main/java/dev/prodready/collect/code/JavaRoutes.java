package dev.prodready.collect.code;

import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring MVC/WebFlux controllers (@RestController/@Controller with @GetMapping...) and their guards: method and
 * class annotations (@PreAuthorize, @Secured, @RolesAllowed) and the security filter chain's request rules.
 */
final class JavaRoutes {

    private static final Pattern MAPPING = Pattern.compile("^@(Get|Post|Put|Patch|Delete|Request)Mapping\\b");
    private static final Pattern METHOD_ARG = Pattern.compile("RequestMethod\\.(\\w+)");
    private static final Set<String> DECISIONS = Set.of("permitAll", "authenticated", "hasRole", "hasAnyRole",
            "hasAuthority", "hasAnyAuthority", "denyAll", "anonymous", "fullyAuthenticated", "rememberMe", "access");
    private static final Set<String> MATCHERS = Set.of("requestMatchers", "antMatchers", "mvcMatchers", "regexMatchers",
            "pathMatchers", "anyRequest", "anyExchange");

    private final FileContext file;
    private final CodeIndex index;

    JavaRoutes(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
    }

    void run() {
        String source = file.tree().source();
        if (source.contains("authorizeHttpRequests") || source.contains("authorizeRequests")
                || source.contains("authorizeExchange")) {
            filterChain();
        }
        for (Node cls : file.nodes(Kind.CLASS)) {
            List<Node> annotations = ownAnnotations(cls);
            boolean controller = annotations.stream().anyMatch(a -> a.text().matches("^@(Rest)?Controller\\b.*"));
            if (controller) {
                controller(cls, annotations);
            }
        }
    }

    /** The annotations written on a class or method itself (not on its members or parameters). */
    private static List<Node> ownAnnotations(Node owner) {
        int limit = owner.is(Kind.CLASS) ? owner.slotRange("body").map(r -> r[0]).orElse(owner.end())
                : owner.slotRange("name").map(r -> r[0]).orElse(owner.end());
        List<Node> out = new ArrayList<>();
        for (Node child : owner.children()) {
            if (child.is(Kind.DECORATOR) && child.end() <= limit) {
                out.add(child);
            }
        }
        return out;
    }

    private void controller(Node cls, List<Node> classAnnotations) {
        String base = classAnnotations.stream().filter(a -> a.text().startsWith("@RequestMapping"))
                .findFirst().map(JavaRoutes::mappingPath).orElse("");
        Optional<Node> classGuard = classAnnotations.stream().filter(JavaRoutes::securityAnnotation).findFirst();
        for (Node method : cls.descendants(Kind.FUNC)) {
            if (method.ancestor(Kind.CLASS).orElse(null) != cls || method.ancestor(Kind.FUNC).isPresent()) {
                continue;
            }
            List<Node> annotations = ownAnnotations(method);
            Optional<Node> mapping = annotations.stream().filter(a -> MAPPING.matcher(a.text()).find()).findFirst();
            if (mapping.isEmpty()) {
                continue;
            }
            Matcher m = MAPPING.matcher(mapping.get().text());
            m.find();
            String verb = m.group(1).toUpperCase(Locale.ROOT);
            if (verb.equals("REQUEST")) {
                Matcher arg = METHOD_ARG.matcher(mapping.get().text());
                verb = arg.find() ? arg.group(1) : "ANY";
            }
            String route = join(base, mappingPath(mapping.get()));
            String name = method.slotText("name");
            RouteCandidate c = new RouteCandidate("spring", verb, route, name, file.path(), method.nameLine(),
                    RouteCandidate.Coverage.SPRING_CHAIN);
            Optional<Node> guard = annotations.stream().filter(JavaRoutes::securityAnnotation).findFirst().or(() -> classGuard);
            guard.ifPresent(g -> annotationGuard(c, g));
            for (Node a : annotations) {
                if (a.text().contains("RateLimiter") || a.text().contains("RateLimit")) {
                    c.presetRateLimit = true;
                }
            }
            c.scan = HandlerScan.of(file, method);
            c.admin = Admin.isAdmin(file.path(), route, name);
            index.route(c);
        }
    }

    private static boolean securityAnnotation(Node a) {
        return a.text().matches("^@(PreAuthorize|Secured|RolesAllowed|PostAuthorize|PermitAll|DenyAll)\\b(?s).*");
    }

    private static void annotationGuard(RouteCandidate c, Node annotation) {
        String text = annotation.text();
        String expression = annotation.descendants(Kind.STR).stream().map(Node::literalText).findFirst().orElse("");
        if (text.startsWith("@PermitAll") || expression.matches("\\s*(permitAll|isAnonymous)\\(\\)\\s*")) {
            c.preset = RouteGuard.PUBLIC;
            c.presetDetail = text;
            return;
        }
        c.preset = RouteGuard.WRAPPER;
        c.presetDetail = "annotated " + text.replaceAll("\\s+", " ");
        c.presetRole = text.startsWith("@Secured") || text.startsWith("@RolesAllowed")
                || expression.matches("(?s).*\\b(hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|hasPermission)\\b.*");
    }

    private static String mappingPath(Node annotation) {
        for (Node s : annotation.descendants(Kind.STR)) {
            Optional<Node> pair = s.ancestor(Kind.PAIR);
            String key = pair.map(p -> p.slotText("key").strip()).orElse("value");
            if (key.equals("value") || key.equals("path")) {
                return s.literalText();
            }
        }
        return "";
    }

    private static String join(String base, String path) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String p = path.isEmpty() || path.startsWith("/") ? path : "/" + path;
        String joined = b + p;
        return joined.isEmpty() ? "/" : joined;
    }

    /** http.authorizeHttpRequests(a -> a.requestMatchers("/api/public/**").permitAll().anyRequest().authenticated()) */
    private void filterChain() {
        List<SpringRule> rules = new ArrayList<>();
        for (Node call : file.nodes(Kind.CALL)) {
            String decision = call.calleeName();
            if (!DECISIONS.contains(decision)) {
                continue;
            }
            Node matcher = null;
            for (Node inner : call.children()) {
                if (inner.is(Kind.CALL) && call.inSlot("callee", inner) || inner.is(Kind.CALL) && inner.start() == call.start()) {
                    if (MATCHERS.contains(inner.calleeName())) {
                        matcher = inner;
                    }
                }
            }
            if (matcher == null) {
                continue;
            }
            List<java.util.regex.Pattern> patterns = new ArrayList<>();
            if (!matcher.calleeName().startsWith("any")) {
                for (Node arg : matcher.args()) {
                    if (arg.value().is(Kind.STR)) {
                        patterns.add(SpringRule.ant(arg.value().literalText()));
                    }
                }
                if (patterns.isEmpty()) {
                    continue;
                }
            }
            String args = call.slotText("args");
            rules.add(new SpringRule(patterns, decision + (args.length() > 2 ? args : ""), file.path(), matcher.nameLine()));
            order.put(rules.get(rules.size() - 1), matcher.end());
        }
        rules.sort(Comparator.comparingInt(order::get));
        index.springRules(rules);
    }

    private final java.util.Map<SpringRule, Integer> order = new java.util.IdentityHashMap<>();
}
