package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files that declare API route handlers or server actions (Next.js route handlers, Express routers, Deno/Supabase
 * edge functions, FastAPI/Flask routes, Spring controllers), and what else the same file shows. Line patterns
 * see files, not functions, so each judgement here is per file.
 */
final class Handlers {

    static final List<String> HANDLER_PATTERNS = List.of(SecurityPatterns.API_ROUTE_HANDLER_JS,
            SecurityPatterns.API_ROUTE_HANDLER_PY, SecurityPatterns.API_ROUTE_HANDLER_JAVA);

    /** A handler file and the first handler declaration in it. */
    record HandlerFile(String path, ContentMatch declaration) {

        Evidence cite(String note) {
            return Matches.cite(declaration, note);
        }
    }

    private Handlers() {
    }

    /** Handler files outside test code, in path order. */
    static List<HandlerFile> all(Facts facts) {
        List<HandlerFile> files = new ArrayList<>();
        for (Map.Entry<String, List<ContentMatch>> e : Matches.byPath(Matches.of(facts, HANDLER_PATTERNS)).entrySet()) {
            if (!CodePaths.isTest(e.getKey())) {
                files.add(new HandlerFile(e.getKey(), e.getValue().get(0)));
            }
        }
        return files;
    }

    /** Handlers that must check their caller: all but health checks, sign-in routes and signed webhooks. */
    static List<HandlerFile> needingAuth(Facts facts) {
        Set<String> signed = Matches.paths(Matches.of(facts, SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE));
        return all(facts).stream()
                .filter(h -> !CodePaths.publicByDesign(h.path()) && !signed.contains(h.path()))
                .toList();
    }

    /** Paths that have at least one match of the given patterns. */
    static Set<String> filesWith(Facts facts, String... patternIds) {
        return Matches.paths(Matches.of(facts, patternIds));
    }

    /**
     * Evidence of an authentication guard in front of every API route: Next.js middleware whose matcher covers /api
     * and which checks a session or token, or a global guard (Express app.use('/api', auth), Spring
     * anyRequest().authenticated(), DRF IsAuthenticated default, FastAPI router dependencies).
     */
    static List<ContentMatch> globalApiGuards(Facts facts) {
        List<ContentMatch> guards = new ArrayList<>(Matches.of(facts, SecurityPatterns.AUTHN_GLOBAL_API_GUARD));
        Set<String> checking = filesWith(facts, SecurityPatterns.AUTHN_SERVER_CHECK);
        Matches.of(facts, SecurityPatterns.AUTHN_MIDDLEWARE_API_MATCHER).stream()
                .filter(m -> checking.contains(Matches.path(m)))
                .findFirst()
                .ifPresent(guards::add);
        return guards;
    }
}
