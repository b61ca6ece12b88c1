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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * auth.mfa: a second factor is offered (Supabase factors enabled in config.toml, factor enrolment calls, TOTP or
 * WebAuthn code, an MFA package) and required on the server (an aal2 check, OTP-required guards). Offered without
 * a server-side requirement is partial. Supabase config with every factor off fails; with Clerk, Auth0 and similar
 * hosted providers MFA is a dashboard setting, so the answer is unknown.
 */
public final class MfaCheck implements Check {

    @Override
    public String itemId() {
        return "auth.mfa";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        SupabaseConfig config = SupabaseConfig.of(facts);
        List<Evidence> offered = new ArrayList<>();
        List<Evidence> disabled = new ArrayList<>();
        for (SupabaseConfig.Setting enroll : config.inSectionsStartingWith("auth.mfa.", "enroll_enabled")) {
            boolean verify = config.get(enroll.section(), "verify_enabled").map(SupabaseConfig.Setting::isTrue)
                    .orElse(enroll.isTrue());
            if (enroll.isTrue() && verify) {
                offered.add(Matches.cite(enroll.match(), "[" + enroll.section() + "] enrolment and verification on"));
            } else {
                disabled.add(Matches.cite(enroll.match(), "[" + enroll.section() + "] second factor off"));
            }
        }
        Set<String> clientModules = CodePaths.clientModules(facts);
        List<ContentMatch> factorCode = Matches.of(facts, SecurityPatterns.MFA_SUPABASE_FACTOR_CALL,
                SecurityPatterns.MFA_SECOND_FACTOR_CODE).stream().filter(m -> !CodePaths.isTest(Matches.path(m))).toList();
        offered.addAll(Matches.cite(factorCode, "second-factor enrolment or verification code"));
        List<CapabilityFact> packages = Providers.with(facts, Capability.MFA);
        offered.addAll(Providers.cite(packages, "gives a second factor"));
        // parsed calls that enrol or verify a second factor (Supabase auth.mfa.*, TOTP libraries)
        offered.addAll(ParsedCode.cite(ParsedCode.safe(facts, AuthSettingFact.class,
                a -> a.setting().equals("mfa") && a.provider().equals("code")), 3));

        List<ContentMatch> assurance = Matches.of(facts, SecurityPatterns.MFA_ASSURANCE_REQUIRED).stream()
                .filter(m -> !CodePaths.isTest(Matches.path(m))).toList();
        List<ContentMatch> serverRequired = assurance.stream()
                .filter(m -> CodePaths.isServer(Matches.path(m), clientModules)).toList();

        if (!offered.isEmpty()) {
            if (!serverRequired.isEmpty()) {
                return Outcome.pass("a second factor is offered (" + Matches.where(offered)
                        + ") and required on the server (" + Matches.at(serverRequired) + ")",
                        Matches.concat(Matches.first(offered, 3),
                                Matches.cite(serverRequired, "second factor required here"), 6));
            }
            String clientOnly = assurance.isEmpty() ? ""
                    : "; the assurance level is checked only in browser code (" + Matches.at(assurance)
                    + "), which does not stop direct API calls";
            return Outcome.partial("a second factor is offered (" + Matches.where(offered) + ") but no server-side check"
                    + " requires it for admins" + clientOnly, Matches.concat(Matches.first(offered, 4),
                    Matches.cite(assurance, "assurance checked in the browser only"), 6));
        }
        if (!serverRequired.isEmpty() && disabled.isEmpty()) {
            return Outcome.partial("the code requires a second factor (" + Matches.at(serverRequired)
                    + ") but no enrolment code or MFA package was found",
                    Matches.cite(serverRequired, "second factor required here"));
        }
        List<CapabilityFact> hosted = Providers.dashboardManagedAuth(facts);
        if (!hosted.isEmpty()) {
            return Outcome.unknown("MFA with " + hosted.stream().map(CapabilityFact::source).distinct()
                    .collect(Collectors.joining(", ")) + " is a dashboard setting the repository does not show;"
                    + " check that it is on and required for admin accounts", Providers.cite(hosted, "hosted sign-in"));
        }
        if (!disabled.isEmpty()) {
            return Outcome.fail("every second factor is switched off in supabase/config.toml and no other MFA code"
                    + " was found", disabled);
        }
        List<CapabilityFact> providers = Providers.authProviders(facts);
        if (providers.isEmpty()) {
            return Outcome.unknown("no authentication provider was found, so there is no sign-in to add a second"
                    + " factor to yet");
        }
        return Matches.coverage(facts)
                .map(c -> Outcome.fail("sign-in through " + providers.get(0).source() + " has no second factor: no MFA"
                        + " package, enrolment code or enabled factor was found",
                        Matches.concat(Providers.cite(providers, "sign-in without MFA"),
                                Matches.searched(c, "second-factor code"), 6)))
                .orElseGet(() -> Outcome.unknown("the source was not searched for second-factor code"));
    }
}
