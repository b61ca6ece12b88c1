package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.ADMIN_PAGE_FILE;
import static dev.prodready.check.security.SecurityPatterns.RBAC_ROLE_CHECK_JAVA;
import static dev.prodready.check.security.SecurityPatterns.RBAC_ROLE_CHECK_JS;
import static dev.prodready.check.security.SecurityPatterns.RBAC_ROLE_STORE;
import static dev.prodready.check.security.SecurityPatterns.RBAC_USER_EDITABLE_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

class RbacCheckTest {

    private final RbacCheck check = new RbacCheck();

    @Test
    void serverSideRoleChecksPass() {
        Outcome o = run(check,
                match(RBAC_ROLE_CHECK_JAVA, "src/main/java/app/AdminController.java", 22, "@PreAuthorize(\"hasRole('ADMIN')\")"),
                match(RBAC_ROLE_STORE, "src/main/resources/db/migration/V1__init.sql", 5, "  role text not null default 'user',"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/main/java/app/AdminController.java:22",
                "src/main/resources/db/migration/V1__init.sql:5");
    }

    @Test
    void roleChecksOnlyInBrowserCodeArePartial() {
        Outcome o = run(check, match(RBAC_ROLE_CHECK_JS, "src/pages/Admin.tsx", 15,
                "const isAdmin = role === \"admin\" || ADMIN_EMAILS.includes(user?.email ?? \"\");"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/pages/Admin.tsx:15");
    }

    @Test
    void roleFromUserEditableMetadataFails() {
        Outcome o = run(check,
                match(RBAC_USER_EDITABLE_ROLE, "src/hooks/useAuth.tsx", 31, "const role = session?.user?.user_metadata?.role;"),
                match(RBAC_ROLE_CHECK_JS, "src/app/api/users/route.ts", 9, "if (role !== \"admin\") return forbidden();"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("src/hooks/useAuth.tsx:31");
    }

    @Test
    void adminPagesWithNoRoleModelFail() {
        Outcome o = run(check, scanned(30), match(ADMIN_PAGE_FILE, "src/app/admin/page.tsx", 5, "export default async function AdminPage() {"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("src/app/admin/page.tsx:5");
    }

    @Test
    void noRolesAndNoAdminSurfaceIsUnknown() {
        Outcome o = run(check, scanned(30));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void parsedServerRoleChecksPass() {
        Outcome o = Fixture.run(new RbacCheck(), CodeFacts.parsed("typescript", 4),
                CodeFacts.route("src/app/api/admin/users/route.ts", 5, "GET", "/api/admin/users",
                        dev.prodready.fact.RouteGuard.WRAPPER, true, true, true, false));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/app/api/admin/users/route.ts:5");
    }

    @Test
    void anAdminRouteTrustingARoleFromTheRequestFails() {
        Outcome o = Fixture.run(new RbacCheck(), CodeFacts.parsed("typescript", 4),
                CodeFacts.route("src/app/api/admin/users/route.ts", 14, "PATCH", "/api/admin/users",
                        dev.prodready.fact.RouteGuard.IDENTITY_FROM_REQUEST, true, false, false, false),
                CodeFacts.route("src/app/api/admin/stats/route.ts", 5, "GET", "/api/admin/stats",
                        dev.prodready.fact.RouteGuard.WRAPPER, true, true, true, false));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/app/api/admin/users/route.ts:14");
    }

    @Test
    void anAdminCheckOnlyInTheBrowserIsPartial() {
        Outcome o = Fixture.run(new RbacCheck(), CodeFacts.parsed("tsx", 4),
                CodeFacts.finding("route.admin-client-only", "authz.admin-protected", "src/pages/Admin.tsx", 18));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/pages/Admin.tsx:18");
    }
}
