package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * authz.admin-protected: every admin page and admin route needs a server-side role check, in the file itself, in
 * a server layout above it, or in middleware whose matcher covers /admin and which checks a role. Per file:
 * no check at all fails; a role check only in browser code fails too (partial when role-aware RLS policies guard
 * the data); a session check without a role check is partial. No admin surface makes the item not applicable.
 */
public final class AdminProtectedCheck implements Check {

    private static final Pattern ROLE_ON_LINE = Pattern.compile("has(Any)?(Role|Authority)\\s*\\(|require_?[Rr]ole|"
            + "require_?[Aa]dmin|ensure_?[Aa]dmin|is_?[Aa]dmin|admin\\.site\\.urls|staff_member_required|IsAdminUser");
    private static final Pattern LAYOUT = Pattern.compile("(^|/)\\+?layout(\\.server)?\\.[a-z]+$|\\.server\\.[a-z]+$");

    @Override
    public String itemId() {
        return "authz.admin-protected";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> pages = AdminSurface.pages(facts).stream()
                .filter(p -> !ParsedCode.routesParsed(facts, Matches.path(p)) || !isRouteFile(Matches.path(p))).toList();
        List<ContentMatch> routes = AdminSurface.routes(facts).stream()
                .filter(r -> !ParsedCode.routesParsed(facts, Matches.path(r))).toList();
        List<RouteFact> parsedAdmin = ParsedCode.routes(facts).stream()
                .filter(r -> r.admin() && r.guard() != RouteGuard.PUBLIC).toList();
        List<Evidence> parsedClientOnly = ParsedCode.citeFindings(ParsedCode.findings(facts, "route.admin-client-only"), 5);
        if (pages.isEmpty() && routes.isEmpty() && parsedAdmin.isEmpty() && parsedClientOnly.isEmpty()) {
            return Matches.coverage(facts)
                    .map(c -> Outcome.notApplicable("no admin pages or admin routes were found",
                            Matches.searched(c, "an admin page or /admin route")))
                    .orElseGet(() -> Outcome.unknown("the source was not searched for admin pages"));
        }
        Set<String> roleFiles = AdminSurface.filesCheckingRoles(facts);
        Set<String> authFiles = Handlers.filesWith(facts, SecurityPatterns.AUTHN_SERVER_CHECK);
        Set<String> clientModules = CodePaths.clientModules(facts);
        List<ContentMatch> middleware = Matches.of(facts, SecurityPatterns.ADMIN_MIDDLEWARE_MATCHER).stream()
                .filter(m -> roleFiles.contains(Matches.path(m))).toList();
        List<ContentMatch> guardFiles = pages.stream()
                .filter(p -> LAYOUT.matcher(Matches.path(p)).find() && roleFiles.contains(Matches.path(p))
                        && CodePaths.isServer(Matches.path(p), clientModules))
                .toList();

        List<Evidence> guarded = new ArrayList<>(Matches.cite(middleware, "middleware checks the role for /admin"));
        List<Evidence> clientOnly = new ArrayList<>(parsedClientOnly);
        List<Evidence> authOnly = new ArrayList<>();
        List<Evidence> open = new ArrayList<>();
        for (RouteFact r : parsedAdmin) {
            String label = r.method() + " " + r.route();
            if (r.guard().protects() && r.roleCheck()) {
                guarded.add(r.evidence().withNote("admin route " + label + " checks the role on the server"));
            } else if (r.guard().protects()) {
                authOnly.add(r.evidence().withNote("admin route " + label + " checks sign-in but no admin role"));
            } else {
                open.add(r.evidence().withNote("admin route " + label + " has no working server-side check ("
                        + r.guardDetail() + ")"));
            }
        }
        for (ContentMatch page : pages) {
            String path = Matches.path(page);
            boolean server = CodePaths.isServer(path, clientModules);
            if (!middleware.isEmpty()) {
                continue;
            }
            if (server && roleFiles.contains(path)) {
                guarded.add(Matches.cite(page, "admin page checks the role on the server"));
            } else if (guardFiles.stream().anyMatch(g -> covers(Matches.path(g), path) && !path.matches(".*/route\\.[a-z]+$"))) {
                guarded.add(Matches.cite(page, "admin page under a layout that checks the role"));
            } else if (roleFiles.contains(path)) {
                clientOnly.add(Matches.cite(page, "admin role checked only in browser code"));
            } else if (server && authFiles.contains(path)) {
                authOnly.add(Matches.cite(page, "admin page checks sign-in but no admin role"));
            } else {
                open.add(Matches.cite(page, "admin page with no server-side check"));
            }
        }
        for (ContentMatch route : routes) {
            String path = Matches.path(route);
            if (ROLE_ON_LINE.matcher(route.text()).find() || roleFiles.contains(path)) {
                guarded.add(Matches.cite(route, "admin route behind a role check"));
            } else if (authFiles.contains(path)) {
                authOnly.add(Matches.cite(route, "admin route checks sign-in but no admin role"));
            } else {
                open.add(Matches.cite(route, "admin route with no check"));
            }
        }
        if (!open.isEmpty()) {
            return Outcome.fail("admin pages or routes without any server-side check: " + Matches.where(open),
                    Matches.concat(open, clientOnly, 8));
        }
        if (!clientOnly.isEmpty()) {
            List<ContentMatch> rls = Matches.notInTests(Matches.of(facts, SecurityPatterns.RBAC_ROLE_CHECK_SQL));
            if (rls.isEmpty()) {
                return Outcome.fail("the admin role is checked only in the browser (" + Matches.where(clientOnly)
                        + "); hiding a page protects nothing when the data is reachable without the check", clientOnly);
            }
            return Outcome.partial("the admin page checks the role only in the browser (" + Matches.where(clientOnly)
                    + "), though role-aware database policies guard the data (" + Matches.at(rls) + ")",
                    Matches.concat(clientOnly, Matches.cite(rls, "database policy checks the role"), 8));
        }
        if (!authOnly.isEmpty()) {
            return Outcome.partial("admin pages check that someone is signed in, but no admin role check was found: "
                    + Matches.where(authOnly), Matches.concat(authOnly, guarded, 8));
        }
        return Outcome.pass("every admin page and route found is behind a server-side role check: "
                + Matches.where(guarded), Matches.first(guarded, 8));
    }

    /** Route handler files, whose admin routes the code analysis judges one by one when it parsed them. */
    private static boolean isRouteFile(String path) {
        return path.matches("(.*/)?(route|server)\\.[a-z]+$|(.*/)?pages/api/.*|.*\\.py$|.*\\.java$");
    }

    /** Whether a layout or server module guards {@code page}: same folder or a folder below it. */
    private static boolean covers(String guard, String page) {
        int slash = guard.lastIndexOf('/');
        String folder = slash < 0 ? "" : guard.substring(0, slash + 1);
        return page.startsWith(folder);
    }
}
