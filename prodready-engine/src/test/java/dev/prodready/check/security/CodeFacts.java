package dev.prodready.check.security;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.AuthSettingFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.FirebaseRuleFact;
import dev.prodready.fact.HtmlSinkFact;
import dev.prodready.fact.PolicyFact;
import dev.prodready.fact.QuerySinkFact;
import dev.prodready.fact.RlsTableFact;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.fact.WebSettingFact;

import java.util.List;

/** Parsed-code facts built in code for the check tests, shaped as the code collector emits them. */
final class CodeFacts {

    private CodeFacts() {
    }

    static ScanCoverage parsed(String language, long files) {
        return new ScanCoverage("code", language, files, "files", Evidence.file(".", files + " " + language + " file(s) parsed"));
    }

    static RouteFact route(String path, int line, String method, String route, RouteGuard guard) {
        return route(path, line, method, route, guard, false, false, false, false);
    }

    static RouteFact route(String path, int line, String method, String route, RouteGuard guard, boolean admin,
                           boolean roleCheck, boolean scoped, boolean rateLimited) {
        String rule = switch (guard) {
            case SESSION, MIDDLEWARE, WRAPPER, SIGNATURE -> "route.guarded";
            case PUBLIC -> "route.public";
            case NONE -> "route.unguarded";
            case COMMENTED_OUT -> "route.guard-commented-out";
            case RESULT_UNUSED -> "route.guard-unused";
            case IDENTITY_FROM_REQUEST -> "route.identity-from-request";
        };
        return new RouteFact("nextjs-app", method, route, method, guard, guard.name().toLowerCase(), admin, roleCheck,
                scoped, rateLimited, rule, "authz.api-authentication",
                Evidence.at(path, line, method + " " + route + ": " + guard.name().toLowerCase()));
    }

    static Finding finding(String ruleId, String itemId, String path, int line) {
        return new Finding(ruleId, itemId, Severity.HIGH, ruleId + " at " + path, null, ruleId + path + line,
                Evidence.at(path, line, ruleId));
    }

    static QuerySinkFact query(String path, int line, String construction, boolean safe) {
        return new QuerySinkFact("typescript", "db.query", construction, safe, safe ? "sql.parameterised" : "sql.interpolated",
                "appsec.parameterized-queries", Evidence.at(path, line, "db.query " + construction));
    }

    static HtmlSinkFact html(String path, int line, boolean safe) {
        return new HtmlSinkFact("dangerouslySetInnerHTML", safe ? "sanitised" : "raw", safe,
                safe ? "html.sanitised" : "html.unsanitised", "appsec.xss-prevention",
                Evidence.at(path, line, safe ? "sanitised HTML" : "raw HTML"));
    }

    static WebSettingFact setting(String setting, String rule, boolean safe, String path, int line) {
        return new WebSettingFact(setting, rule, safe, rule, "item", Evidence.at(path, line, rule));
    }

    static RlsTableFact table(String name, boolean rls, int policies, String rule, boolean safe, String path, int line) {
        return new RlsTableFact("public", name, rls, policies, safe, rule, "supabase.rls-enabled", Evidence.at(path, line, rule + " " + name));
    }

    static PolicyFact policy(String table, String name, String rule, boolean safe, String path, int line) {
        return new PolicyFact("public", table, name, "SELECT", List.of("anon"), "true", "", safe ? "" : rule, safe, rule,
                "supabase.rls-policies", Evidence.at(path, line, rule + " " + name));
    }

    static FirebaseRuleFact firebase(String rule, boolean safe, String path, int line) {
        return new FirebaseRuleFact("/{document=**}", "read,write", safe ? "request.auth.uid == userId" : "true", safe, rule,
                "firebase.rules-locked", Evidence.at(path, line, rule));
    }

    static AuthSettingFact auth(String setting, String value, boolean safe, String rule, String path, int line) {
        return new AuthSettingFact("supabase", setting, value, safe, rule, "auth", Evidence.at(path, line, setting + " " + value));
    }
}
