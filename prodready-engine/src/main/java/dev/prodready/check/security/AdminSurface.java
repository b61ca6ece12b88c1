package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admin pages and admin route declarations, and which files check roles: what admin protection is judged on. */
final class AdminSurface {

    static final List<String> ROLE_CHECKS = List.of(SecurityPatterns.RBAC_ROLE_CHECK_JS,
            SecurityPatterns.RBAC_ROLE_CHECK_PY, SecurityPatterns.RBAC_ROLE_CHECK_JAVA, SecurityPatterns.RBAC_ROLE_CHECK_SQL);

    private AdminSurface() {
    }

    /** Admin page or handler files (first declaration of each), without tests and Django's admin.py registrations. */
    static List<ContentMatch> pages(Facts facts) {
        return Matches.byPath(Matches.of(facts, SecurityPatterns.ADMIN_PAGE_FILE)).entrySet().stream()
                .filter(e -> !CodePaths.isTest(e.getKey()) && !isDjangoAdminModule(e.getKey()))
                .map(Map.Entry::getValue)
                .map(l -> l.get(0))
                .toList();
    }

    static List<ContentMatch> routes(Facts facts) {
        return Matches.notInTests(Matches.of(facts, SecurityPatterns.ADMIN_ROUTE_DECLARATION));
    }

    static boolean any(Facts facts) {
        return !pages(facts).isEmpty() || !routes(facts).isEmpty();
    }

    static Set<String> filesCheckingRoles(Facts facts) {
        return Matches.paths(Matches.notInTests(Matches.of(facts, ROLE_CHECKS)));
    }

    private static boolean isDjangoAdminModule(String path) {
        return path.equals("admin.py") || path.endsWith("/admin.py");
    }
}
