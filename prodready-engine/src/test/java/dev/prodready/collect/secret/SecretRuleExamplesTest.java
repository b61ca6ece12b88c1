package dev.prodready.collect.secret;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule, alone, finds each of its match examples and none of its noMatch examples. */
class SecretRuleExamplesTest {

    private static final RuleBook BOOK = RuleBook.builtIn();

    @Test
    void everyRuleFindsItsMatchExamplesAndNotItsNoMatchExamples() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (SecretRule rule : BOOK.rules()) {
            SecretEngine engine = new SecretEngine(BOOK.only(List.of(rule)));
            ClientExposure exposure = new ClientExposure(BOOK.allowlist().clientEnvPrefixes(), false, false);
            int i = 0;
            for (SecretRule.Example example : rule.matchExamples()) {
                String text = TokenTemplates.expand(example.text(), i++);
                List<SecretMatch> found = engine.scan(example.path(), text, exposure).matches();
                checked++;
                if (found.stream().noneMatch(m -> m.rule().id().equals(rule.id()))) {
                    failures.add(rule.id() + " misses match example: " + example.text());
                }
            }
            for (SecretRule.Example example : rule.noMatchExamples()) {
                String text = TokenTemplates.expand(example.text(), i++);
                List<SecretMatch> found = engine.scan(example.path(), text, exposure).matches();
                checked++;
                if (!found.isEmpty()) {
                    failures.add(rule.id() + " matches noMatch example: " + example.text());
                }
            }
        }
        assertThat(failures).as("rule example failures").isEmpty();
        assertThat(checked).isGreaterThan(2 * BOOK.rules().size());
    }

    @Test
    void theRuleFileIsLargeAndCoversTheNamedProviders() {
        assertThat(BOOK.rules()).hasSizeGreaterThanOrEqualTo(250);
        Set<String> providers = new HashSet<>();
        BOOK.rules().forEach(r -> providers.add(r.provider()));
        assertThat(providers).contains("supabase", "firebase", "google-cloud", "stripe", "openai", "anthropic",
                "google-ai", "groq", "mistral", "cohere", "replicate", "huggingface", "clerk", "auth0", "resend",
                "sendgrid", "postmark", "mailgun", "twilio", "slack", "discord", "github", "gitlab", "npm", "pypi",
                "aws", "azure", "vercel", "netlify", "cloudflare", "upstash", "digitalocean", "heroku", "doppler",
                "sentry", "datadog", "linear", "notion", "shopify", "square", "paypal", "mapbox", "algolia",
                "pinecone", "database", "private-key", "jwt", "generic");
    }

    @Test
    void examplesHoldNoLiteralTokens() {
        // Examples are shapes; a literal token-shaped string in the rule file would be flagged by any scanner.
        for (SecretRule rule : BOOK.rules()) {
            for (SecretRule.Example example : rule.matchExamples()) {
                assertThat(TokenTemplates.hasPlaceholder(example.text()))
                        .as(rule.id() + " match example uses placeholders: " + example.text()).isTrue();
            }
        }
    }
}
