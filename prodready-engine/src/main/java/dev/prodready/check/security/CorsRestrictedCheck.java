package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.WebSettingFact;
import dev.prodready.live.LiveVerdicts;

import java.util.List;

/**
 * appsec.cors-restricted: a wildcard origin (Access-Control-Allow-Origin: *, origin: '*' or true, cors() with no
 * options, allow_origins=["*"], CORS_ALLOW_ALL_ORIGINS) fails; an origin echoed from the request header is partial
 * (fine only behind an allowlist check); explicit allowlists pass, and so does no CORS at all (same-origin only).
 * Settings the code analysis parsed come first (it also sees cors() options, origin: true with credentials, and
 * headers objects); line patterns remain for files it did not parse.
 */
public final class CorsRestrictedCheck implements Check {

    @Override
    public String itemId() {
        return "appsec.cors-restricted";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<WebSettingFact> parsedOpen = ParsedCode.unsafe(facts, WebSettingFact.class, w -> w.setting().equals("cors"));
        List<WebSettingFact> parsedListed = ParsedCode.safe(facts, WebSettingFact.class, w -> w.setting().equals("cors"));
        List<ContentMatch> open = Matches.notInTests(Matches.of(facts, SecurityPatterns.CORS_OPEN_DEFAULT,
                SecurityPatterns.CORS_WILDCARD)).stream().filter(m -> !ParsedCode.parsed(facts, Matches.path(m))).toList();
        if (!open.isEmpty() || !parsedOpen.isEmpty()) {
            List<Evidence> evidence = ParsedCode.join(8, ParsedCode.cite(parsedOpen, 8), Matches.cite(open, "CORS allows every origin"));
            boolean credentials = parsedOpen.stream().anyMatch(w -> w.ruleId().equals("cors.any-origin-credentials"));
            return Outcome.fail("CORS lets any website read the API's responses" + (credentials ? ", with the user's"
                    + " credentials" : "") + ": " + Matches.where(evidence), evidence);
        }
        if (!parsedListed.isEmpty()) {
            return Outcome.pass("CORS names the allowed origins: " + Matches.where(ParsedCode.cite(parsedListed, 5)),
                    ParsedCode.cite(parsedListed, 5));
        }
        List<ContentMatch> reflected = Matches.notInTests(Matches.of(facts, SecurityPatterns.CORS_REFLECTED_ORIGIN)).stream()
                .filter(m -> !ParsedCode.parsed(facts, Matches.path(m))).toList();
        if (!reflected.isEmpty()) {
            return Outcome.partial("the request's Origin is echoed back (" + Matches.at(reflected) + "); safe only if an"
                    + " allowlist check comes first", Matches.cite(reflected, "Origin echoed into Access-Control-Allow-Origin"));
        }
        List<ContentMatch> allowlist = Matches.notInTests(Matches.of(facts, SecurityPatterns.CORS_ALLOWLIST));
        if (!allowlist.isEmpty()) {
            return Outcome.pass("CORS names the allowed origins: " + Matches.at(allowlist),
                    Matches.cite(allowlist, "CORS restricted to listed origins"));
        }
        return Matches.coverage(facts)
                .map(c -> Outcome.pass("no CORS configuration was found, so browsers allow same-origin requests only",
                        Matches.searched(c, "a CORS setting")))
                .orElseGet(() -> Outcome.unknown("the source was not searched for CORS settings"));
    }
}
