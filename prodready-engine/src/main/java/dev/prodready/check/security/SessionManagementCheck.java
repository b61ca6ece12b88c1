package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.AuthSettingFact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.WebSettingFact;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * auth.session-management: judges the session settings the repository states. Fails on cookies explicitly sent
 * without Secure or HttpOnly, or Supabase access tokens living longer than a day; partial on tokens between an hour
 * and a day, refresh-token rotation off, or Auth.js sessions over 30 days; passes on bounded lifetimes and secure
 * cookie flags. When nothing is stated, the provider's defaults apply and are not visible: unknown. Parsed code
 * adds session and token cookies set without HttpOnly/Secure, secrets written in the code, the JWT 'none'
 * algorithm, tokens read without verification or issued without an expiry.
 */
public final class SessionManagementCheck implements Check {

    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final Pattern LIFETIME = Pattern.compile("\\b(maxAge|updateAge|expiresIn|idleTimeout)\\s*:\\s*([^,}]+)");

    @Override
    public String itemId() {
        return "auth.session-management";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> bad = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        List<Evidence> good = new ArrayList<>();

        SupabaseConfig config = SupabaseConfig.of(facts);
        config.get("auth", "jwt_expiry").ifPresent(s -> {
            OptionalLong n = s.number();
            if (n.isEmpty()) {
                return;
            }
            String note = "Supabase access tokens live " + Durations.describe(n.getAsLong());
            if (n.getAsLong() > DAY) {
                bad.add(Matches.cite(s.match(), note + " (more than a day)"));
            } else if (n.getAsLong() > HOUR) {
                weak.add(Matches.cite(s.match(), note + " (more than an hour)"));
            } else {
                good.add(Matches.cite(s.match(), note));
            }
        });
        config.get("auth", "enable_refresh_token_rotation").ifPresent(s -> (s.isTrue() ? good : weak)
                .add(Matches.cite(s.match(), "refresh-token rotation " + (s.isTrue() ? "on" : "off"))));
        config.settings().stream()
                .filter(s -> s.section().equals("auth.sessions") && !s.value().isBlank() && !s.value().equals("0"))
                .forEach(s -> good.add(Matches.cite(s.match(), "session " + s.key() + " " + s.value())));

        Matches.notInTests(Matches.of(facts, SecurityPatterns.SESSION_COOKIE_FLAG_OFF))
                .forEach(m -> bad.add(Matches.cite(m, "session cookie without Secure or HttpOnly")));
        Matches.notInTests(Matches.of(facts, SecurityPatterns.SESSION_COOKIE_FLAG_ON)).stream().limit(3)
                .forEach(m -> good.add(Matches.cite(m, "cookie flag Secure or HttpOnly set")));

        for (WebSettingFact w : ParsedCode.of(facts, WebSettingFact.class,
                w -> w.setting().equals("cookie") || w.setting().equals("jwt"))) {
            (w.safe() ? good : bad).add(w.evidence());
        }
        for (AuthSettingFact a : ParsedCode.of(facts, AuthSettingFact.class, a -> a.provider().equals("code")
                && (a.setting().equals("jwt-expiry") || a.setting().equals("session-timeout")))) {
            (a.safe() ? good : a.value().equals("none") ? bad : weak).add(a.evidence());
        }
        Set<String> nextAuthFiles = Matches.paths(Matches.of(facts, SecurityPatterns.SESSION_NEXTAUTH_CONFIG));
        for (ContentMatch m : Matches.notInTests(Matches.of(facts, SecurityPatterns.SESSION_LIFETIME_SETTING))) {
            judgeLifetime(m, nextAuthFiles.contains(Matches.path(m)), weak, good);
        }

        if (!bad.isEmpty()) {
            return Outcome.fail("sessions are weaker than they should be: " + Matches.where(bad),
                    Matches.concat(bad, weak, 8));
        }
        if (!weak.isEmpty()) {
            return Outcome.partial("session settings found (" + Matches.where(good.isEmpty() ? weak : good)
                    + ") but some are loose: " + Matches.where(weak), Matches.concat(weak, good, 8));
        }
        if (!good.isEmpty()) {
            return Outcome.pass("session lifetimes and cookie flags are set explicitly: " + Matches.where(good),
                    Matches.first(good, 8));
        }
        List<CapabilityFact> providers = new ArrayList<>(Providers.with(facts, Capability.SESSION_MANAGEMENT));
        providers.addAll(Providers.authProviders(facts));
        if (!providers.isEmpty()) {
            return Outcome.unknown("sessions come from " + providers.get(0).source() + " with settings the repository"
                    + " does not state (its defaults or dashboard apply); check token lifetime, idle timeout and"
                    + " cookie flags there", Providers.cite(providers, "manages sessions"));
        }
        return Outcome.unknown("no session configuration was found in the repository");
    }

    private static void judgeLifetime(ContentMatch m, boolean nextAuth, List<Evidence> weak, List<Evidence> good) {
        Matcher lm = LIFETIME.matcher(m.text());
        if (!lm.find()) {
            good.add(Matches.cite(m, "session lifetime set"));
            return;
        }
        String key = lm.group(1);
        OptionalLong seconds = Durations.seconds(lm.group(2));
        if (key.equals("expiresIn") && seconds.isPresent()) {
            String note = "tokens signed to expire in " + Durations.describe(seconds.getAsLong());
            (seconds.getAsLong() > DAY ? weak : good).add(Matches.cite(m, note));
        } else if (nextAuth && key.equals("maxAge") && seconds.isPresent()) {
            String note = "Auth.js sessions last " + Durations.describe(seconds.getAsLong());
            (seconds.getAsLong() > 30 * DAY ? weak : good).add(Matches.cite(m, note));
        } else {
            good.add(Matches.cite(m, key + " set"));
        }
    }
}
