package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.ADMIN_MIDDLEWARE_MATCHER;
import static dev.prodready.check.security.SecurityPatterns.ADMIN_PAGE_FILE;
import static dev.prodready.check.security.SecurityPatterns.ADMIN_ROUTE_DECLARATION;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_SERVER_CHECK;
import static dev.prodready.check.security.SecurityPatterns.RBAC_ROLE_CHECK_JS;
import static dev.prodready.check.security.SecurityPatterns.RBAC_ROLE_CHECK_SQL;
import static org.assertj.core.api.Assertions.assertThat;

class AdminProtectedCheckTest {

    private static final String VITE_ADMIN = "src/pages/Admin.tsx";
    private static final String NEXT_ADMIN = "src/app/admin/page.tsx";
    private final AdminProtectedCheck check = new AdminProtectedCheck();

    @Test
    void noAdminSurfaceIsNotApplicable() {
        Outcome o = run(check, scanned(50));
        assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void adminPageCheckingTheRoleOnlyInTheBrowserFails() {
        Outcome o = run(check,
                match(ADMIN_PAGE_FILE, VITE_ADMIN, 10, "export default function Admin() {"),
                match(RBAC_ROLE_CHECK_JS, VITE_ADMIN, 15, "const isAdmin = role === \"admin\";"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(VITE_ADMIN + ":10");
    }

    @Test
    void browserCheckBackedByRoleAwarePoliciesIsPartial() {
        Outcome o = run(check,
                match(ADMIN_PAGE_FILE, VITE_ADMIN, 10, "export default function Admin() {"),
                match(RBAC_ROLE_CHECK_JS, VITE_ADMIN, 15, "const isAdmin = role === \"admin\";"),
                match(RBAC_ROLE_CHECK_SQL, "supabase/migrations/2_admin.sql", 12, "using (public.has_role(auth.uid(), 'admin'));"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(VITE_ADMIN + ":10", "supabase/migrations/2_admin.sql:12");
    }

    @Test
    void adminPageWithNoCheckAtAllFails() {
        Outcome o = run(check, match(ADMIN_PAGE_FILE, NEXT_ADMIN, 4, "export default async function AdminPage() {"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(NEXT_ADMIN + ":4");
    }

    @Test
    void serverComponentCheckingTheRolePasses() {
        Outcome o = run(check,
                match(ADMIN_PAGE_FILE, NEXT_ADMIN, 4, "export default async function AdminPage() {"),
                match(RBAC_ROLE_CHECK_JS, NEXT_ADMIN, 6, "await requireRole(\"admin\");"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(NEXT_ADMIN + ":4");
    }

    @Test
    void serverLayoutGuardsThePagesBelowIt() {
        String layout = "src/app/admin/layout.tsx";
        String users = "src/app/admin/users/page.tsx";
        Outcome o = run(check,
                match(ADMIN_PAGE_FILE, layout, 3, "export default async function AdminLayout({ children }) {"),
                match(RBAC_ROLE_CHECK_JS, layout, 5, "if (session.user.role !== \"admin\") redirect(\"/\");"),
                match(ADMIN_PAGE_FILE, users, 2, "export default async function Users() {"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(layout + ":3", users + ":2");
    }

    @Test
    void middlewareCheckingTheRoleForAdminPathsPasses() {
        Outcome o = run(check,
                match(ADMIN_PAGE_FILE, NEXT_ADMIN, 4, "export default async function AdminPage() {"),
                match(ADMIN_MIDDLEWARE_MATCHER, "middleware.ts", 42, "if (pathname.startsWith(\"/admin\") && token.role !== \"ADMIN\") {"),
                match(RBAC_ROLE_CHECK_JS, "middleware.ts", 42, "if (pathname.startsWith(\"/admin\") && token.role !== \"ADMIN\") {"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("middleware.ts:42");
    }

    @Test
    void adminRouterMountedBehindARoleGuardPasses() {
        Outcome o = run(check, match(ADMIN_ROUTE_DECLARATION, "server/app.js", 30,
                "app.use(\"/admin\", requireAuth, requireRole(\"admin\"), adminRouter);"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("server/app.js:30");
    }

    @Test
    void adminRouteCheckingOnlySignInIsPartial() {
        Outcome o = run(check,
                match(ADMIN_ROUTE_DECLARATION, "server/routes.js", 12, "router.get(\"/admin/users\", listUsers);"),
                match(AUTHN_SERVER_CHECK, "server/routes.js", 5, "if (!req.user) return res.sendStatus(401);"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("server/routes.js:12");
    }

    @Test
    void parsedAdminRoutesAreJudgedOneByOne() {
        Outcome o = Fixture.run(new AdminProtectedCheck(), CodeFacts.parsed("typescript", 6),
                CodeFacts.route("src/app/api/admin/stats/route.ts", 5, "GET", "/api/admin/stats",
                        dev.prodready.fact.RouteGuard.WRAPPER, true, true, true, false),
                CodeFacts.route("src/app/api/admin/users/route.ts", 5, "GET", "/api/admin/users",
                        dev.prodready.fact.RouteGuard.SESSION, true, false, false, false));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly(
                "src/app/api/admin/users/route.ts:5", "src/app/api/admin/stats/route.ts:5");
    }

    @Test
    void aParsedAdminRouteWithoutAWorkingCheckFails() {
        Outcome o = Fixture.run(new AdminProtectedCheck(), CodeFacts.parsed("typescript", 6),
                CodeFacts.route("src/app/api/admin/users/route.ts", 14, "PATCH", "/api/admin/users",
                        dev.prodready.fact.RouteGuard.IDENTITY_FROM_REQUEST, true, false, false, false));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/app/api/admin/users/route.ts:14");
    }

    @Test
    void aParsedBrowserOnlyAdminCheckFails() {
        Outcome o = Fixture.run(new AdminProtectedCheck(), CodeFacts.parsed("tsx", 6),
                CodeFacts.finding("route.admin-client-only", "authz.admin-protected", "src/pages/Admin.tsx", 18));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/pages/Admin.tsx:18");
    }
}
