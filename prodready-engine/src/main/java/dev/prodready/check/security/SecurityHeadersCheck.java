package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.WebSettingFact;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * appsec.security-headers: Content-Security-Policy, HSTS and framing protection (X-Frame-Options or
 * frame-ancestors), from code, next.config headers(), vercel.json, Netlify _headers or server config. helmet and
 * Talisman set all three; Spring Security sets HSTS and framing by default. All three pass, some are partial,
 * none fail once the source was searched. Headers the code analysis found set in parsed code count with the
 * line patterns; turning Spring Security's default headers off removes their credit.
 */
public final class SecurityHeadersCheck implements Check {

    private static final String CSP = "Content-Security-Policy";
    private static final String HSTS = "Strict-Transport-Security";
    private static final String FRAMING = "framing protection";

    @Override
    public String itemId() {
        return "appsec.security-headers";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts(), context.stack()),
                LiveVerdicts.Combination.LIVE_DECIDES);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        Map<String, List<Evidence>> found = new LinkedHashMap<>();
        found.put(CSP, new ArrayList<>(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.HEADERS_CSP)),
                "Content-Security-Policy set")));
        found.put(HSTS, new ArrayList<>(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.HEADERS_HSTS)),
                "HSTS set")));
        found.put(FRAMING, new ArrayList<>(Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.HEADERS_FRAMING)), "framing protection set")));
        List<ContentMatch> middleware = Matches.notInTests(Matches.of(facts, SecurityPatterns.HEADERS_MIDDLEWARE));
        for (ContentMatch m : middleware) {
            found.values().forEach(l -> l.add(Matches.cite(m, "security-header middleware sets CSP, HSTS and framing")));
        }
        for (WebSettingFact w : ParsedCode.safe(facts, WebSettingFact.class, w -> w.setting().equals("security-headers"))) {
            String set = w.detail().toLowerCase(Locale.ROOT);
            boolean all = set.contains("helmet") || set.contains("talisman") || set.contains("secureheaders");
            if (all || set.contains("content-security-policy") || set.contains("csp_") || set.contains("content_security_policy")
                    || set.contains("contentsecuritypolicy")) {
                found.get(CSP).add(w.evidence());
            }
            if (all || set.contains("strict-transport-security") || set.contains("hsts")) {
                found.get(HSTS).add(w.evidence());
            }
            if (all || set.contains("x-frame-options") || set.contains("x_frame_options") || set.contains("frameoptions")) {
                found.get(FRAMING).add(w.evidence());
            }
        }
        List<WebSettingFact> disabled = ParsedCode.unsafe(facts, WebSettingFact.class, w -> w.ruleId().equals("headers.disabled"));
        List<CapabilityFact> spring = disabled.isEmpty() ? Providers.authProviders(facts).stream()
                .filter(c -> c.source().toLowerCase(Locale.ROOT).contains("spring-boot-starter-security")).toList() : List.of();
        for (Evidence e : Providers.cite(spring, "sends HSTS and X-Frame-Options by default")) {
            found.get(HSTS).add(e);
            found.get(FRAMING).add(e);
        }
        List<String> present = found.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        List<String> missing = found.keySet().stream().filter(k -> !present.contains(k)).toList();
        List<Evidence> evidence = found.values().stream().flatMap(l -> l.stream().limit(2)).distinct().limit(8).toList();
        if (missing.isEmpty()) {
            return Outcome.pass("CSP, HSTS and framing protection are configured: " + Matches.where(evidence), evidence);
        }
        if (!present.isEmpty()) {
            return Outcome.partial(String.join(" and ", present) + " configured, but no " + String.join(" or ", missing)
                    + " was found", evidence);
        }
        List<CapabilityFact> packages = Providers.with(facts, Capability.SECURITY_HEADERS);
        if (!packages.isEmpty()) {
            return Outcome.partial(packages.get(0).source() + " is declared, but no code applying it and no header"
                    + " configuration was found", Providers.cite(packages, "security headers package"));
        }
        if (!disabled.isEmpty()) {
            return Outcome.fail("the framework's default security headers are switched off and none are set instead",
                    ParsedCode.cite(disabled, 3));
        }
        return Matches.coverage(facts).or(() -> ParsedCode.coverage(facts))
                .map(c -> Outcome.fail("no security headers are configured: no CSP, HSTS or framing protection in code"
                        + " or hosting config", Matches.searched(c, "a CSP, HSTS or X-Frame-Options setting")))
                .orElseGet(() -> Outcome.unknown("the source was not searched for security headers; the live probe"
                        + " (`--url`) can read them"));
    }
}
