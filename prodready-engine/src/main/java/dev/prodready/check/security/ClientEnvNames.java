package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Secret-type variable names under a prefix that bundlers copy into browser code (NEXT_PUBLIC_, VITE_, ...). */
final class ClientEnvNames {

    /** The variable name alone, so that evidence can cite it without the value that may follow it. */
    private static final Pattern NAME = Pattern.compile(
            "\\b((?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_\\w*?(?:SECRET|SERVICE_ROLE|"
                    + "SERVICE_KEY|PRIVATE_KEY|PASSWORD|PASSWD|DATABASE_URL|DB_URL|OPENAI_API_KEY|ANTHROPIC_API_KEY|"
                    + "RESEND_API_KEY|SENDGRID_API_KEY|TWILIO_AUTH_TOKEN|GITHUB_TOKEN|ADMIN_KEY|STRIPE_SK|SK_LIVE)\\w*)\\b");

    private ClientEnvNames() {
    }

    record Exposed(String name, ContentMatch match) {
    }

    static List<Exposed> all(Facts facts) {
        return Matches.of(facts, SecurityPatterns.CLIENT_ENV_SECRET_NAME).stream()
                .filter(m -> !CodePaths.isTest(Matches.path(m)))
                .flatMap(m -> name(m.text()).map(n -> new Exposed(n, m)).stream())
                .toList();
    }

    static Optional<String> name(String text) {
        Matcher m = NAME.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
