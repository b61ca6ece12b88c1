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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * auth.password-policy: the shortest minimum password length the repository states decides, following OWASP ASVS:
 * under 8 fails, 8 to 11 is partial, 12 or more passes (partial when only browser code checks it). Sources:
 * Supabase minimum_password_length (6 by default when config.toml leaves it out), schema rules on password fields,
 * Django's MinimumLengthValidator (8 unless configured). Hosted providers keep the policy in their dashboard.
 * Parsed code adds schema minimums the line patterns miss and fails passwords hashed with md5/sha or stored as given.
 */
public final class PasswordPolicyCheck implements Check {

    static final int OWASP_MINIMUM = 8;
    static final int ASVS_RECOMMENDED = 12;
    private static final int SUPABASE_DEFAULT = 6;
    private static final int DJANGO_DEFAULT = 8;
    /** min(1) on a sign-in form only says "not empty"; it is not a password policy. */
    private static final int NOT_JUST_REQUIRED = 4;
    private static final Pattern MIN_LENGTH = Pattern.compile("(?i)(?:passw\\w*.*?(?:\\.min\\(\\s*|min_?length['\"]?\\s*[=:]\\s*"
            + "|\\bmin\\s*=\\s*)|['\"]min_length['\"]\\s*:\\s*)(\\d{1,3})\\b");

    private record Rule(int length, boolean server, Evidence evidence) {
    }

    @Override
    public String itemId() {
        return "auth.password-policy";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<AuthSettingFact> weakHashes = ParsedCode.unsafe(facts, AuthSettingFact.class,
                a -> a.ruleId().equals("authcfg.weak-hash"));
        if (!weakHashes.isEmpty()) {
            return Outcome.fail("passwords are hashed with a fast hash or stored as given: "
                    + Matches.where(ParsedCode.cite(weakHashes, 5)), ParsedCode.cite(weakHashes, 5));
        }
        List<Rule> rules = new ArrayList<>();
        SupabaseConfig config = SupabaseConfig.of(facts);
        config.get("auth", "minimum_password_length").ifPresent(s -> s.number().ifPresent(n -> rules.add(
                new Rule((int) n, true, Matches.cite(s.match(), "Supabase minimum password length " + n)))));
        Set<String> clientModules = CodePaths.clientModules(facts);
        List<ContentMatch> lengths = Matches.notInTests(Matches.of(facts, SecurityPatterns.PASSWORD_MIN_LENGTH));
        for (ContentMatch m : lengths) {
            Matcher mm = MIN_LENGTH.matcher(m.text());
            if (mm.find() && Integer.parseInt(mm.group(1)) >= NOT_JUST_REQUIRED) {
                int n = Integer.parseInt(mm.group(1));
                boolean server = CodePaths.isServer(Matches.path(m), clientModules);
                rules.add(new Rule(n, server, Matches.cite(m, "password minimum length " + n
                        + (server ? "" : " (browser code)"))));
            }
        }
        Set<String> configured = Matches.paths(lengths);
        Set<String> seen = new java.util.HashSet<>();
        rules.forEach(r -> seen.add(r.evidence().location()));
        for (AuthSettingFact a : ParsedCode.of(facts, AuthSettingFact.class,
                a -> a.setting().equals("password-min-length") && a.provider().equals("code"))) {
            if (seen.add(a.evidence().location()) && a.value().matches("\\d+") && Integer.parseInt(a.value()) >= NOT_JUST_REQUIRED) {
                boolean server = CodePaths.isServer(a.evidence().path(), clientModules);
                rules.add(new Rule(Integer.parseInt(a.value()), server, a.evidence()));
                configured.add(a.evidence().path());
            }
        }
        Matches.notInTests(Matches.of(facts, SecurityPatterns.PASSWORD_DJANGO_VALIDATORS)).stream()
                .filter(m -> !configured.contains(Matches.path(m)))
                .forEach(m -> rules.add(new Rule(DJANGO_DEFAULT, true,
                        Matches.cite(m, "Django MinimumLengthValidator with its default of 8"))));
        if (rules.isEmpty()) {
            Optional<ContentMatch> authSection = Matches.of(facts, SecurityPatterns.SUPABASE_CONFIG_SECTION).stream()
                    .filter(m -> m.text().replaceAll("\\s", "").equals("[auth]")).findFirst();
            if (authSection.isPresent()) {
                rules.add(new Rule(SUPABASE_DEFAULT, true, Matches.cite(authSection.get(),
                        "no minimum_password_length: Supabase's default of 6 applies")));
            }
        }
        if (rules.isEmpty()) {
            List<CapabilityFact> hosted = Providers.dashboardManagedAuth(facts);
            if (!hosted.isEmpty()) {
                return Outcome.unknown("the password policy of " + hosted.get(0).source() + " is a dashboard setting;"
                        + " check that it asks for at least 12 characters and rejects breached passwords",
                        Providers.cite(hosted, "hosted sign-in"));
            }
            List<CapabilityFact> libraries = Providers.with(facts, Capability.PASSWORD_POLICY);
            if (!libraries.isEmpty()) {
                return Outcome.unknown("a password-strength library is declared, but no minimum length was found",
                        Providers.cite(libraries, "password strength library"));
            }
            return Outcome.unknown("no password rule was found in the repository");
        }
        rules.sort(Comparator.comparingInt(Rule::length));
        Rule weakest = rules.get(0);
        List<Evidence> evidence = rules.stream().map(Rule::evidence).limit(6).toList();
        if (weakest.length() < OWASP_MINIMUM) {
            return Outcome.fail("passwords may be as short as " + weakest.length() + " characters ("
                    + weakest.evidence().location() + "); OWASP asks for at least 8, ASVS recommends 12", evidence);
        }
        if (weakest.length() < ASVS_RECOMMENDED) {
            return Outcome.partial("the minimum password length is " + weakest.length() + " ("
                    + weakest.evidence().location() + "): within OWASP's floor of 8 but under the 12 ASVS recommends",
                    evidence);
        }
        if (rules.stream().noneMatch(Rule::server)) {
            return Outcome.partial("passwords need " + weakest.length() + " characters, but only browser code checks"
                    + " it; the server must enforce the same rule", evidence);
        }
        return Outcome.pass("passwords need at least " + weakest.length() + " characters: " + Matches.where(evidence),
                evidence);
    }
}
