package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.API_ROUTE_HANDLER_JS;
import static dev.prodready.check.security.SecurityPatterns.API_ROUTE_HANDLER_PY;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_GLOBAL_API_GUARD;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_MIDDLEWARE_API_MATCHER;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_SERVER_CHECK;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;

class ApiAuthenticationCheckTest {

    private static final String CHECKOUT = "supabase/functions/create-checkout/index.ts";
    private static final String SEARCH = "supabase/functions/search-projects/index.ts";
    private static final String WEBHOOK = "supabase/functions/stripe-webhook/index.ts";
    private final ApiAuthenticationCheck check = new ApiAuthenticationCheck();

    @Test
    void everyHandlerVerifyingItsCallerPasses() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, CHECKOUT, 16, "serve(async (req) => {"),
                match(AUTHN_SERVER_CHECK, CHECKOUT, 24, "const { data: { user } } = await supabase.auth.getUser(token);"),
                match(API_ROUTE_HANDLER_JS, WEBHOOK, 5, "serve(async (req) => {"),
                match(AUTHN_WEBHOOK_SIGNATURE, WEBHOOK, 7, "const sig = req.headers.get(\"stripe-signature\");"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(CHECKOUT + ":16");
    }

    @Test
    void oneOpenHandlerAmongAuthenticatedOnesIsPartial() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, CHECKOUT, 16, "serve(async (req) => {"),
                match(AUTHN_SERVER_CHECK, CHECKOUT, 24, "const { data: { user } } = await supabase.auth.getUser(token);"),
                match(API_ROUTE_HANDLER_JS, SEARCH, 6, "serve(async (req) => {"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(SEARCH + ":6", CHECKOUT + ":16");
    }

    @Test
    void noHandlerVerifyingItsCallerFails() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_PY, "app/api.py", 12, "@app.post(\"/items\")"),
                match(API_ROUTE_HANDLER_PY, "app/admin_api.py", 8, "@router.delete(\"/users/{user_id}\")"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("app/admin_api.py:8", "app/api.py:12");
    }

    @Test
    void middlewareAuthenticatingAllApiPathsPasses() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, "src/app/api/invoices/route.ts", 7, "export async function GET(req: Request) {"),
                match(AUTHN_MIDDLEWARE_API_MATCHER, "middleware.ts", 11, "if (pathname.startsWith(\"/api/\")) {"),
                match(AUTHN_SERVER_CHECK, "middleware.ts", 30, "const token = await getToken({ req });"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("middleware.ts:11");
    }

    @Test
    void globalGuardInExpressPasses() {
        Outcome o = run(check,
                match(API_ROUTE_HANDLER_JS, "server/routes/orders.js", 4, "router.post(\"/orders\", async (req, res) => {"),
                match(AUTHN_GLOBAL_API_GUARD, "server/app.js", 20, "app.use(\"/api\", requireAuth, apiRouter);"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("server/app.js:20");
    }

    @Test
    void onlySignedWebhooksArePublicByDesign() {
        Outcome o = run(check, match(API_ROUTE_HANDLER_JS, WEBHOOK, 5, "serve(async (req) => {"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(WEBHOOK + ":5");
    }

    @Test
    void parsedRoutesAreJudgedOneByOneAndLookalikeGuardsCountAsNone() {
        Outcome o = run(check,
                CodeFacts.parsed("typescript", 12),
                CodeFacts.route("src/app/api/projects/route.ts", 5, "GET", "/api/projects", dev.prodready.fact.RouteGuard.SESSION),
                CodeFacts.route("src/app/api/projects/route.ts", 14, "POST", "/api/projects", dev.prodready.fact.RouteGuard.NONE),
                CodeFacts.route("src/app/api/account/route.ts", 5, "DELETE", "/api/account", dev.prodready.fact.RouteGuard.RESULT_UNUSED),
                CodeFacts.route("src/app/api/health/route.ts", 1, "GET", "/api/health", dev.prodready.fact.RouteGuard.PUBLIC),
                // the line pattern also saw this file; the parsed routes supersede it
                match(API_ROUTE_HANDLER_JS, "src/app/api/projects/route.ts", 14, "export async function POST(req: Request) {"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).startsWith("2 of 3 API routes verify no caller");
        assertThat(locations(o)).containsExactly("src/app/api/account/route.ts:5", "src/app/api/projects/route.ts:14",
                "src/app/api/projects/route.ts:5");
    }

    @Test
    void parsedRoutesAndTextFallbackForUnparsedLanguagesCombine() {
        Outcome o = run(check,
                CodeFacts.parsed("typescript", 3),
                CodeFacts.route("src/app/api/projects/route.ts", 5, "GET", "/api/projects", dev.prodready.fact.RouteGuard.MIDDLEWARE),
                match(API_ROUTE_HANDLER_PY, "worker/api.py", 12, "@app.post(\"/items\")"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("worker/api.py:12", "src/app/api/projects/route.ts:5");
    }

    @Test
    void everyParsedRouteGuardedPasses() {
        Outcome o = run(check,
                CodeFacts.parsed("python", 3),
                CodeFacts.route("app/api.py", 12, "POST", "/items", dev.prodready.fact.RouteGuard.WRAPPER),
                CodeFacts.route("app/api.py", 20, "GET", "/health", dev.prodready.fact.RouteGuard.PUBLIC));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/api.py:12");
    }

    @Test
    void noHandlersIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }
}
