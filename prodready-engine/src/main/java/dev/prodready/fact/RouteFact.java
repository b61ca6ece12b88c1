package dev.prodready.fact;

/**
 * A server entry point found by parsing: framework ("nextjs-app", "express", "fastapi", "spring"...), HTTP method
 * ("GET", "ANY", "ACTION" for server actions), route path, handler name, how it is guarded, whether it is an admin
 * route, whether a server-side role check applies, whether the handler limits what it touches to the caller
 * (owner or organisation filters, ownership comparisons, role checks, or the caller's own Supabase client), and
 * whether rate limiting covers it. Evidence: the handler line.
 */
public record RouteFact(String framework, String method, String route, String handler, RouteGuard guard,
                        String guardDetail, boolean admin, boolean roleCheck, boolean ownershipScoped,
                        boolean rateLimited, String ruleId, String itemId, Evidence evidence) implements CodeObservation {

    @Override
    public boolean safe() {
        return guard.protects() || guard == RouteGuard.PUBLIC;
    }
}
