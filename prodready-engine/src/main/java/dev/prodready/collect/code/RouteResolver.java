package dev.prodready.collect.code;

import dev.prodready.collect.text.RegexGate;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Finding;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cross-file step for routes: learns which project helpers check the user (a function whose body calls a guard
 * is a guard), then decides each route's guard from its handler, its wrappers and middleware arguments, the
 * use() chains and mounts that cover it, and the Next.js middleware whose matcher includes it.
 */
final class RouteResolver {

    private final CodeIndex index;
    private final CodeRules rules;
    private final NameList lookups;
    private final NameList enforcers;
    private final NameList pythonEnforcers;
    private final NameList middleware;
    private final NameList signatures;
    private final NameList roleCalls;
    private final NameList rateLimits;
    private final NameList aiCalls;
    private static final Pattern NOT_A_LIST = Pattern.compile(
            "update|delete|count|exists|first|last|get|aggregate|delete_many|update_many|countDocuments|findFirst|earliest|latest");
    private static final Set<String> PYTHON_FRAMEWORKS = Set.of("fastapi", "flask", "django");
    private final Set<String> guardHelpers = new HashSet<>();
    private final Set<String> roleHelpers = new HashSet<>();
    private final Set<String> limitHelpers = new HashSet<>();
    private final Pattern publicRoute;
    private final Pattern publicRead;
    private final Pattern authRoute;
    private final Pattern commentedGuard;

    RouteResolver(CodeIndex index) {
        this.index = index;
        this.rules = index.rules();
        this.lookups = rules.names("routes.sessionLookups");
        this.enforcers = rules.names("routes.enforcers");
        this.pythonEnforcers = rules.names("routes.pythonEnforcers");
        this.middleware = rules.names("routes.middleware");
        this.signatures = rules.names("routes.signatures");
        this.roleCalls = rules.names("routes.roleCalls");
        this.rateLimits = rules.names("routes.rateLimits");
        this.aiCalls = rules.names("routes.aiCalls");
        this.publicRoute = rules.pattern("patterns.publicRoute");
        this.publicRead = rules.pattern("patterns.publicRead");
        this.authRoute = rules.pattern("patterns.authRoute");
        this.commentedGuard = rules.pattern("patterns.commentedGuard");
        learnHelpers(index.summaries());
    }

    /** Fixpoint over the function summaries: helpers that call guards, role checks or rate limiters. */
    private void learnHelpers(Map<String, List<FunctionSummary>> summaries) {
        boolean changed = true;
        for (int round = 0; changed && round < 6; round++) {
            changed = false;
            for (List<FunctionSummary> sameName : summaries.values()) {
                for (FunctionSummary f : sameName) {
                    if (!guardHelpers.contains(f.name()) && (f.sessionCondition() && f.rejects()
                            || f.callees().stream().anyMatch(this::guardCall))) {
                        changed |= guardHelpers.add(f.name());
                    }
                    if (!roleHelpers.contains(f.name()) && (f.roleCheck()
                            || f.callees().stream().anyMatch(c -> roleCalls.matches(c) || roleHelpers.contains(Names.lastSegment(c))))) {
                        changed |= roleHelpers.add(f.name());
                    }
                    if (!limitHelpers.contains(f.name()) && (f.rateLimit()
                            || f.callees().stream().anyMatch(c -> rateLimits.matches(c) || limitHelpers.contains(Names.lastSegment(c))))) {
                        changed |= limitHelpers.add(f.name());
                    }
                }
            }
        }
    }

    private boolean guardCall(String callee) {
        return lookups.matches(callee) || enforcers.matches(callee) || guardHelpers.contains(Names.lastSegment(callee));
    }

    private boolean guardName(String name) {
        return middleware.matches(name) || enforcers.matches(name) || guardHelpers.contains(Names.lastSegment(name));
    }

    private boolean roleName(String name) {
        return roleCalls.matches(name) || roleHelpers.contains(Names.lastSegment(name));
    }

    private boolean limitName(String name) {
        return rateLimits.matches(name) || limitHelpers.contains(Names.lastSegment(name))
                || Names.lastSegment(name).toLowerCase().contains("limit");
    }

    void resolve() {
        List<NextMiddleware> middlewares = index.middlewares();
        List<Mount> mounts = index.mounts();
        // Each route is judged on its own (in parallel: an app can have thousands); facts are added in route order.
        List<List<Fact>> judged = index.routes().parallelStream().map(c -> resolve(c, middlewares, mounts)).toList();
        boolean serverRoleEnforced = false;
        for (List<Fact> facts : judged) {
            RouteFact fact = (RouteFact) facts.get(0);
            serverRoleEnforced |= fact.roleCheck() && fact.guard().protects();
            facts.forEach(index::add);
        }
        serverRoleEnforced |= index.flagged("server-role-check") || middlewares.stream().anyMatch(m -> m.scan().roleCheck());

        if (!serverRoleEnforced) {
            for (Evidence client : index.clientAdminChecks()) {
                index.add(finding("route.admin-client-only", client.withNote(
                        "admin check in browser code only; no server route, middleware or database policy enforces the role")));
            }
        }
    }

    /** The route's fact first, then the findings about it. */
    private List<Fact> resolve(RouteCandidate c, List<NextMiddleware> middlewares, List<Mount> mounts) {
        RouteFact fact = judge(c, middlewares, mounts);
        List<Fact> out = new ArrayList<>();
        out.add(fact);
        Evidence at = fact.evidence();
        String label = label(c);
        if (fact.admin() && !(fact.guard().protects() && fact.roleCheck()) && fact.guard() != RouteGuard.PUBLIC) {
            String why = !fact.guard().protects() ? "has no working authentication check"
                    : c.scan != null && c.scan.roleFromRequest() ? "checks a role taken from the request, not from the verified session"
                    : "checks that someone is signed in but not that they are an administrator";
            out.add(finding("route.admin-unprotected", at.withNote("admin route " + label + " " + why)));
        }
        if (c.scan != null && (c.method.equals("GET") || c.method.equals("ANY")) && !c.method.equals("ACTION")) {
            Pattern listCall = rules.pattern("perf.listCall");
            Optional<HandlerScan.CallUse> list = c.scan.calls().stream()
                    .filter(call -> listCall.matcher(call.callee()).find())
                    .filter(call -> c.scan.calls().stream().noneMatch(other -> other.callee().startsWith(call.callee() + "(")
                            && NOT_A_LIST.matcher(Names.lastSegment(other.callee())).matches()))
                    .findFirst();
            if (list.isPresent() && !RegexGate.find(rules.pattern("patterns.pagination"), c.scan.text(),
                    c.scan.text().toLowerCase(Locale.ROOT))) {
                out.add(finding("perf.unpaginated-list", at.withNote(label + " returns every row of "
                        + list.get().callee() + " with no limit or page; the response grows with the table")));
            }
        }
        if (!fact.rateLimited() && c.scan != null) {
            if (RegexGate.find(authRoute, c.route, c.route.toLowerCase(Locale.ROOT))
                    || RegexGate.find(authRoute, c.handler, c.handler.toLowerCase(Locale.ROOT))) {
                out.add(finding("route.auth-not-rate-limited", at.withNote("authentication route " + label
                        + " has no rate limit in code; password guessing and sign-up abuse are unthrottled")));
            } else if (c.scan.calls(aiCalls)) {
                out.add(finding("route.ai-not-rate-limited", at.withNote("route " + label
                        + " calls an AI model without a rate limit; one caller can run up the bill")));
            }
        }
        return out;
    }

    private Finding finding(String ruleId, Evidence evidence) {
        CodeRules.Rule rule = rules.rule(ruleId);
        return index.finding(new RouteFact("", "", "", "", RouteGuard.NONE, "", false, false, false, false, ruleId,
                rule.item(), evidence));
    }

    private static String label(RouteCandidate c) {
        return c.method.equals("ACTION") ? "server action " + c.handler : c.method + " " + c.route;
    }

    private RouteFact judge(RouteCandidate c, List<NextMiddleware> middlewares, List<Mount> mounts) {
        RouteGuard guard = null;
        String detail = "";
        boolean role = c.presetRole;
        boolean limited = c.presetRateLimit;
        HandlerScan scan = c.scan;
        List<String> unused = new ArrayList<>();
        if (c.preset != null && c.preset.protects()) {
            guard = c.preset;
            detail = c.presetDetail;
        }
        for (String name : c.direct) {
            role |= roleName(name);
            limited |= limitName(name);
            if (guard == null && guardName(name)) {
                guard = RouteGuard.WRAPPER;
                detail = "wrapped by " + name;
            }
        }
        if (scan != null) {
            role |= scan.roleCheck();
            for (HandlerScan.CallUse call : scan.calls()) {
                limited |= rateLimits.matches(call.callee()) || limitHelpers.contains(Names.lastSegment(call.callee()));
                role |= roleHelpers.contains(Names.lastSegment(call.callee()));
                if (guard != null) {
                    continue;
                }
                boolean helper = guardHelpers.contains(Names.lastSegment(call.callee()));
                boolean enforcer = enforcers.matches(call.callee())
                        || (PYTHON_FRAMEWORKS.contains(c.framework) && pythonEnforcers.matches(call.callee()));
                if (enforcer || (helper && (call.used() || call.bare()))) {
                    guard = helper && !lookups.matches(call.callee()) ? RouteGuard.WRAPPER : RouteGuard.SESSION;
                    detail = "calls " + call.callee() + " (line " + call.line() + ")";
                } else if (lookups.matches(call.callee())) {
                    if (call.used()) {
                        guard = RouteGuard.SESSION;
                        detail = "checks " + call.callee() + " (line " + call.line() + ")";
                    } else {
                        unused.add(call.callee() + " (line " + call.line() + ")");
                    }
                }
            }
            if (guard == null && scan.sessionCondition() && scan.rejects()) {
                guard = RouteGuard.SESSION;
                detail = "rejects requests without a signed-in user";
            }
        }
        if (guard == null && c.handlerRef != null) {
            Optional<FunctionSummary> ref = summary(c.handlerRef);
            if (ref.isPresent()) {
                FunctionSummary f = ref.get();
                role |= f.roleCheck() || roleHelpers.contains(f.name());
                if (guardHelpers.contains(f.name())) {
                    guard = RouteGuard.WRAPPER;
                    detail = "handler " + f.name() + " (" + f.path() + ":" + f.line() + ") checks the user";
                }
            }
        }
        List<String> covering = new ArrayList<>(c.covering);
        if (c.coverage == RouteCandidate.Coverage.MOUNTS) {
            String base = Imports.base(c.path);
            for (Mount mount : mounts) {
                if (mount.targetPath().equals(base) || (mount.targetPath().startsWith("*/")
                        && (base.endsWith(mount.targetPath().substring(1)) || base.endsWith(mount.targetPath().substring(1) + "/__init__")))) {
                    covering.addAll(mount.names());
                }
            }
        }
        for (String name : covering) {
            role |= roleName(name);
            limited |= limitName(name);
            if (guard == null && guardName(name)) {
                guard = RouteGuard.MIDDLEWARE;
                detail = "covered by " + name;
            }
        }
        for (Map.Entry<String, String> flag : c.flagCovering.entrySet()) {
            if (guard == null && index.flagged(flag.getKey())) {
                guard = RouteGuard.MIDDLEWARE;
                detail = flag.getValue();
            }
        }
        if (c.coverage == RouteCandidate.Coverage.SPRING_CHAIN) {
            for (SpringRule rule : index.springRules()) {
                if (rule.matches(c.route)) {
                    if (!rule.permits()) {
                        role |= rule.roleBased();
                        if (guard == null) {
                            guard = RouteGuard.MIDDLEWARE;
                            detail = "security filter chain: " + rule.decision() + " (" + rule.path() + ":" + rule.line() + ")";
                        }
                    } else if (guard == null) {
                        c.presetDetail = "security filter chain permits it (" + rule.path() + ":" + rule.line() + ")";
                    }
                    break;
                }
            }
        }
        if (c.coverage == RouteCandidate.Coverage.NEXT_MIDDLEWARE) {
            for (NextMiddleware m : middlewares) {
                if (!c.path.startsWith(m.root()) || !m.runsFor(c.route)) {
                    continue;
                }
                limited |= m.scan().calls(rateLimits);
                role |= m.scan().roleCheck() && m.checksRoleFor(c.route);
                if (guard == null && m.covers(c.route) && middlewareGuards(m)) {
                    guard = RouteGuard.MIDDLEWARE;
                    detail = "covered by " + m.path();
                }
            }
        }
        if (guard == null && c.preset != null && !c.preset.protects() && c.preset != RouteGuard.NONE) {
            guard = c.preset;
            detail = c.presetDetail;
        }
        if (guard == null && scan != null && (scan.calls(signatures) || scan.secretCompare())) {
            guard = RouteGuard.SIGNATURE;
            detail = scan.secretCompare() ? "compares a shared secret from the environment" : "verifies a signature";
        }
        boolean reads = c.method.equals("GET") || c.method.equals("HEAD") || c.method.equals("ANY");
        String names = c.route + " " + c.handler;
        String lowerNames = names.toLowerCase(Locale.ROOT);
        if (guard == null && (RegexGate.find(publicRoute, names, lowerNames)
                || reads && RegexGate.find(publicRead, names, lowerNames))) {
            guard = RouteGuard.PUBLIC;
            detail = "public by its name";
        }
        if (guard == null) {
            Optional<HandlerScan.Comment> commented = scan == null ? Optional.empty()
                    : scan.comments().stream().filter(k -> RegexGate.find(commentedGuard, k.text(),
                            k.text().toLowerCase(Locale.ROOT))).findFirst();
            if (c.verifyJwt != null && c.verifyJwt) {
                guard = RouteGuard.RESULT_UNUSED;
                detail = "verify_jwt is on but the function never reads the user; the public anon key passes verify_jwt";
            } else if (!unused.isEmpty()) {
                guard = RouteGuard.RESULT_UNUSED;
                detail = "calls " + unused.get(0) + " but never uses the result";
            } else if (commented.isPresent()) {
                guard = RouteGuard.COMMENTED_OUT;
                detail = "the check at line " + commented.get().line() + " is commented out";
            } else if (scan != null && scan.identityFromRequest()) {
                guard = RouteGuard.IDENTITY_FROM_REQUEST;
                detail = "trusts a user id or role sent in the request body, query or a header";
            } else {
                guard = RouteGuard.NONE;
                detail = c.verifyJwt != null ? "verify_jwt is off and the function checks no user" : "no authentication check found";
            }
        }
        if (guard == RouteGuard.NONE && !c.presetDetail.isEmpty()) {
            detail = c.presetDetail;
        }
        String ruleId = switch (guard) {
            case SESSION, MIDDLEWARE, WRAPPER, SIGNATURE -> "route.guarded";
            case PUBLIC -> "route.public";
            case NONE -> "route.unguarded";
            case COMMENTED_OUT -> "route.guard-commented-out";
            case RESULT_UNUSED -> "route.guard-unused";
            case IDENTITY_FROM_REQUEST -> "route.identity-from-request";
        };
        String note = label(c) + " (" + c.framework + "): " + detail;
        boolean scoped = role || scan != null && RegexGate.find(rules.pattern("patterns.ownerScope"), scan.text(),
                scan.text().toLowerCase(Locale.ROOT));
        return new RouteFact(c.framework, c.method, c.route, c.handler, guard, detail, c.admin, role, scoped, limited,
                ruleId, rules.rule(ruleId).item(), Evidence.at(c.path, c.line, note));
    }

    private boolean middlewareGuards(NextMiddleware m) {
        if (m.reexported()) {
            return true;
        }
        if (m.nextAuthExport()) {
            return index.flagged("nextauth-authorized-callback") || m.scan().sessionCondition();
        }
        if (m.clerk()) {
            return m.scan().text().contains("authMiddleware(")
                    || m.scan().calls().stream().anyMatch(c -> c.callee().endsWith("protect") || c.callee().endsWith("redirectToSignIn"));
        }
        for (HandlerScan.CallUse call : m.scan().calls()) {
            boolean helper = guardHelpers.contains(Names.lastSegment(call.callee()));
            if (enforcers.matches(call.callee()) || (lookups.matches(call.callee()) && call.used()) || (helper && call.used())) {
                return true;
            }
            if (helper && call.bare()) {
                return true;
            }
        }
        return m.scan().sessionCondition() && m.scan().rejects();
    }

    private Optional<FunctionSummary> summary(String name) {
        List<FunctionSummary> found = index.summaries().get(name);
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        return found.stream().filter(f -> guardHelpers.contains(f.name())).findFirst().or(() -> Optional.of(found.get(0)));
    }
}
