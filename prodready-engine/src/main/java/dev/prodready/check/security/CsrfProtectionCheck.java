package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.WebSettingFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * appsec.csrf-protection: turning the framework's protection off fails (Spring csrf().disable() without a
 * stateless session policy, CSRF_ENABLED = False, skipped authenticity tokens); exempting single views is partial
 * unless they are signed webhooks. Framework protection, a CSRF library or SameSite cookies pass, as does a
 * stateless bearer-token API. Cookie sessions with none of these fail; otherwise unknown. Settings the code
 * analysis parsed (Spring csrf().disable() with or without a stateless policy, Django MIDDLEWARE, @csrf_exempt,
 * CSRF middleware) come first; line patterns remain for files it did not parse.
 */
public final class CsrfProtectionCheck implements Check {

    private static final java.util.regex.Pattern PUBLIC_VIEW = java.util.regex.Pattern.compile(
            "(?i)(webhook|hook|callback|stripe|paypal|notify|ipn)\\w*\\s*$");

    @Override
    public String itemId() {
        return "appsec.csrf-protection";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Set<String> stateless = Matches.paths(Matches.of(facts, SecurityPatterns.CSRF_STATELESS));
        Set<String> signed = Matches.paths(Matches.of(facts, SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE));
        List<Evidence> disabled = new ArrayList<>();
        List<Evidence> exempted = new ArrayList<>();
        List<Evidence> justified = new ArrayList<>();
        for (WebSettingFact w : ParsedCode.of(facts, WebSettingFact.class, w -> w.setting().equals("csrf"))) {
            String message = w.evidence().note();
            if (w.ruleId().equals("csrf.stateless")) {
                justified.add(w.evidence());
            } else if (w.safe()) {
                continue;
            } else if (message.contains("@csrf_exempt") && PUBLIC_VIEW.matcher(message).find()) {
                justified.add(w.evidence().withNote("CSRF exemption on a webhook or public endpoint"));
            } else if (message.contains("@csrf_exempt")) {
                exempted.add(w.evidence());
            } else {
                disabled.add(w.evidence());
            }
        }
        for (ContentMatch m : Matches.notInTests(Matches.of(facts, SecurityPatterns.CSRF_DISABLED)).stream()
                .filter(m -> !ParsedCode.parsed(facts, Matches.path(m))).toList()) {
            String path = Matches.path(m);
            boolean exemptView = m.text().contains("csrf_exempt");
            if (exemptView && (CodePaths.publicByDesign(path) || signed.contains(path))) {
                justified.add(Matches.cite(m, "CSRF exemption on a signed webhook"));
            } else if (exemptView) {
                exempted.add(Matches.cite(m, "view exempted from CSRF protection"));
            } else if (stateless.contains(path)) {
                justified.add(Matches.cite(m, "CSRF off for a stateless (bearer-token) API"));
            } else {
                disabled.add(Matches.cite(m, "CSRF protection switched off"));
            }
        }
        if (!disabled.isEmpty()) {
            return Outcome.fail("CSRF protection is switched off for cookie-based sessions: " + Matches.where(disabled),
                    Matches.concat(disabled, exempted, 8));
        }
        if (!exempted.isEmpty()) {
            return Outcome.partial("views are exempted from CSRF protection: " + Matches.where(exempted), exempted);
        }
        List<Evidence> protection = new ArrayList<>(ParsedCode.cite(ParsedCode.of(facts, WebSettingFact.class,
                w -> w.ruleId().equals("csrf.protected")), 3));
        protection.addAll(Matches.cite(
                Matches.notInTests(Matches.of(facts, SecurityPatterns.CSRF_PROTECTION)), "CSRF protection or SameSite cookie"));
        protection.addAll(Providers.cite(Providers.with(facts, Capability.CSRF), "CSRF protection library"));
        protection.addAll(Providers.cite(Providers.authProviders(facts).stream()
                .filter(c -> c.source().toLowerCase(Locale.ROOT).contains("spring-boot-starter-security")).toList(),
                "protects against CSRF by default"));
        protection.addAll(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.SESSION_NEXTAUTH_CONFIG))
                .stream().limit(1).toList(), "Auth.js: SameSite=Lax session cookie and a CSRF token on its own routes"));
        if (!protection.isEmpty() || !justified.isEmpty()) {
            List<Evidence> evidence = Matches.concat(protection, justified, 6);
            return Outcome.pass("cross-site requests are guarded: " + Matches.where(evidence), evidence);
        }
        List<ContentMatch> cookieSessions = Matches.notInTests(Matches.of(facts, SecurityPatterns.CSRF_COOKIE_SESSION));
        if (!cookieSessions.isEmpty()) {
            return Outcome.fail("sessions live in cookies (" + Matches.at(cookieSessions) + ") with no CSRF token,"
                    + " CSRF library or SameSite setting", Matches.cite(cookieSessions, "cookie session without CSRF protection"));
        }
        List<Dependency> supabaseJs = facts.all(Dependency.class, d -> d.name().equals("@supabase/supabase-js"));
        boolean cookieClient = facts.any(Dependency.class, d -> d.name().equals("@supabase/ssr")
                || d.name().startsWith("@supabase/auth-helpers"));
        if (!supabaseJs.isEmpty() && !cookieClient) {
            return Outcome.pass("the Supabase client keeps the session in browser storage and sends it as a bearer"
                    + " token, which another site cannot make the browser send", supabaseJs.stream().limit(2)
                    .map(d -> d.evidence().withNote("bearer-token sessions, no auth cookie")).toList());
        }
        return Outcome.unknown("no CSRF protection and no cookie session were recognised; it matters when the browser"
                + " sends credentials automatically");
    }
}
