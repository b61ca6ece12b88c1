package dev.prodready.collect.code;

import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * A server entry point found in one file, before the cross-file facts (helpers that check the user, Next.js
 * middleware, Express mounts) are known. {@link RouteResolver} turns it into a RouteFact.
 */
final class RouteCandidate {

    /** How routes of this kind can be covered from outside the handler. */
    enum Coverage { NEXT_MIDDLEWARE, NONE, MOUNTS, SPRING_CHAIN }

    final String framework;
    final String method;
    final String route;
    final String handler;
    final String path;
    final int line;
    final Coverage coverage;
    /** The handler body's scan; null when the handler is only referenced by name. */
    HandlerScan scan;
    /** A handler referenced by name, looked up among the function summaries. */
    String handlerRef;
    /** Names applied to this route itself: wrappers, middleware arguments, decorators, dependencies. */
    final List<String> direct = new ArrayList<>();
    /** Names applied from outside: app.use() before it, router-level dependencies, before_request hooks. */
    final List<String> covering = new ArrayList<>();
    /** A decision the framework logic already made (Spring annotations and filter chain, DRF defaults...). */
    RouteGuard preset;
    String presetDetail = "";
    boolean presetRole;
    /** For Supabase Edge Functions: verify_jwt as configured (default on). */
    Boolean verifyJwt;
    /** Coverage that depends on a project-wide flag (DRF default permissions, Django LoginRequiredMiddleware). */
    final java.util.Map<String, String> flagCovering = new java.util.LinkedHashMap<>();
    boolean admin;
    boolean presetRateLimit;

    RouteCandidate(String framework, String method, String route, String handler, String path, int line,
                   Coverage coverage) {
        this.framework = framework;
        this.method = method;
        this.route = route;
        this.handler = handler;
        this.path = path;
        this.line = line;
        this.coverage = coverage;
    }
}
