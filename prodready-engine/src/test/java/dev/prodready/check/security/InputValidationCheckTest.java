package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE;
import static dev.prodready.check.security.SecurityPatterns.VALIDATION_REQUEST_INPUT;
import static dev.prodready.check.security.SecurityPatterns.VALIDATION_SCHEMA_JS;
import static dev.prodready.check.security.SecurityPatterns.VALIDATION_SCHEMA_PY;
import static org.assertj.core.api.Assertions.assertThat;

class InputValidationCheckTest {

    private static final String INVOICES = "src/app/api/invoices/route.ts";
    private static final String SEARCH = "supabase/functions/search-projects/index.ts";
    private final InputValidationCheck check = new InputValidationCheck();

    @Test
    void everyHandlerReadingInputValidatesIt() {
        Outcome o = run(check, match(VALIDATION_REQUEST_INPUT, INVOICES, 14, "const body = await req.json();"),
                match(VALIDATION_SCHEMA_JS, INVOICES, 15, "const parsed = InvoiceInput.safeParse(body);"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(INVOICES + ":14");
    }

    @Test
    void handlerReadingInputWithoutAnySchemaFails() {
        Outcome o = run(check, match(VALIDATION_REQUEST_INPUT, SEARCH, 11, "const { q, ownerId } = await req.json();"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(SEARCH + ":11");
    }

    @Test
    void someUnvalidatedHandlersArePartial() {
        Outcome o = run(check, match(VALIDATION_REQUEST_INPUT, INVOICES, 14, "const body = await req.json();"),
                match(VALIDATION_SCHEMA_JS, INVOICES, 15, "const parsed = InvoiceInput.safeParse(body);"),
                match(VALIDATION_REQUEST_INPUT, SEARCH, 11, "const { q, ownerId } = await req.json();"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(SEARCH + ":11", INVOICES + ":14");
    }

    @Test
    void declaredLibraryTurnsANoneIntoAPartial() {
        Outcome o = run(check, capability(Capability.VALIDATION, "zod", "package.json", 30),
                match(VALIDATION_REQUEST_INPUT, SEARCH, 11, "const { q, ownerId } = await req.json();"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(SEARCH + ":11", "package.json:30");
    }

    @Test
    void signedWebhooksAndBrowserCodeAreLeftOut() {
        String webhook = "supabase/functions/stripe-webhook/index.ts";
        Outcome o = run(check,
                match(VALIDATION_REQUEST_INPUT, webhook, 6, "const body = await req.text();"),
                match(AUTHN_WEBHOOK_SIGNATURE, webhook, 9, "event = stripe.webhooks.constructEvent(body, sig, secret);"),
                match(VALIDATION_SCHEMA_JS, "src/components/Form.tsx", 4, "const schema = z.object({ email: z.string().email() });"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void typedRequestModelsOnTheServerPass() {
        Outcome o = run(check, match(VALIDATION_SCHEMA_PY, "app/schemas.py", 7, "class ItemIn(BaseModel):"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/schemas.py:7");
    }
}
