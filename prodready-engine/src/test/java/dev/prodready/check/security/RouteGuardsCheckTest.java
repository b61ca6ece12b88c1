package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.API_ROUTE_HANDLER_JS;
import static dev.prodready.check.security.SecurityPatterns.AUTHZ_OWNER_SCOPE;
import static dev.prodready.check.security.SecurityPatterns.AUTHZ_USER_SCOPED_CLIENT;
import static dev.prodready.check.security.SecurityPatterns.RLS_CREATE_TABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_ENABLE;
import static org.assertj.core.api.Assertions.assertThat;

class RouteGuardsCheckTest {

    private static final String INVOICES = "src/app/api/invoices/[id]/route.ts";
    private static final String SEARCH = "supabase/functions/search-projects/index.ts";
    private final RouteGuardsCheck check = new RouteGuardsCheck();

    @Test
    void everyHandlerScopedToTheCallerPasses() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, INVOICES, 8, "export async function GET(req: Request, { params }: Ctx) {"),
                match(AUTHZ_OWNER_SCOPE, INVOICES, 11, "where: { id: params.id, organizationId: actor.organizationId },"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(INVOICES + ":8");
    }

    @Test
    void handlerTakingTheOwnerFromTheRequestFails() {
        Outcome o = run(check, match(API_ROUTE_HANDLER_JS, SEARCH, 6, "serve(async (req) => {"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(SEARCH + ":6");
    }

    @Test
    void someUnscopedHandlersArePartial() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, INVOICES, 8, "export async function GET(req: Request) {"),
                match(AUTHZ_OWNER_SCOPE, INVOICES, 11, "if (invoice.userId !== session.user.id) return notFound();"),
                match(API_ROUTE_HANDLER_JS, SEARCH, 6, "serve(async (req) => {"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(SEARCH + ":6", INVOICES + ":8");
    }

    @Test
    void callerScopedSupabaseClientWithRlsOnEveryTablePasses() {
        String route = "src/app/api/notes/route.ts";
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, route, 4, "export async function GET() {"),
                match(AUTHZ_USER_SCOPED_CLIENT, route, 5, "const supabase = createServerClient(url, anonKey, { cookies });"),
                match(RLS_CREATE_TABLE, "supabase/migrations/1_init.sql", 1, "create table public.notes ("),
                match(RLS_ENABLE, "supabase/migrations/1_init.sql", 8, "alter table public.notes enable row level security;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(route + ":4");
    }

    @Test
    void onlyPublicHandlersMakeItNotApplicable() {
        Outcome o = run(check, match(API_ROUTE_HANDLER_JS, "src/app/api/health/route.ts", 3, "export async function GET() {"));
        assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(locations(o)).containsExactly("src/app/api/health/route.ts:3");
    }

    @Test
    void noHandlersIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedRoutesAreJudgedByWhatTheirHandlerTouches() {
        Outcome o = Fixture.run(new RouteGuardsCheck(),
                CodeFacts.parsed("typescript", 5),
                CodeFacts.route("src/app/api/projects/route.ts", 5, "GET", "/api/projects",
                        dev.prodready.fact.RouteGuard.SESSION, false, false, true, false),
                CodeFacts.route("src/app/api/projects/[id]/route.ts", 9, "DELETE", "/api/projects/[id]",
                        dev.prodready.fact.RouteGuard.SESSION, false, false, false, false),
                CodeFacts.route("src/app/api/legacy/route.ts", 3, "GET", "/api/legacy", dev.prodready.fact.RouteGuard.NONE),
                CodeFacts.route("src/app/api/health/route.ts", 1, "GET", "/api/health", dev.prodready.fact.RouteGuard.PUBLIC));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        org.assertj.core.api.Assertions.assertThat(o.message()).startsWith("2 of 3 API routes show no ownership");
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly(
                "src/app/api/legacy/route.ts:3", "src/app/api/projects/[id]/route.ts:9", "src/app/api/projects/route.ts:5");
    }

    @Test
    void onlyPublicParsedRoutesIsNotApplicable() {
        Outcome o = Fixture.run(new RouteGuardsCheck(), CodeFacts.parsed("python", 1),
                CodeFacts.route("app/main.py", 8, "GET", "/health", dev.prodready.fact.RouteGuard.PUBLIC));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.NOT_APPLICABLE);
    }
}
