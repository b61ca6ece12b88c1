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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * appsec.no-debug-in-production: debug switched on in settings or deployment config that production uses (Django
 * DEBUG = True outside dev settings, FLASK_DEBUG/DEBUG=1 in a Dockerfile, Procfile or platform config, Spring
 * debug or stack traces in error responses) fails; app.run(debug=True) and stack traces sent in JSON responses are
 * partial. Nothing of the kind in the searched source passes. Settings the code analysis parsed (Python and
 * Go code) replace the line patterns of those files.
 */
public final class NoDebugInProductionCheck implements Check {

    private static final Pattern DEV_CONFIG = Pattern.compile(
            "(^|[/_.-])(dev|develop|development|local|test|testing|ci)([/_.-]|$)");

    @Override
    public String itemId() {
        return "appsec.no-debug-in-production";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<WebSettingFact> parsed = ParsedCode.unsafe(facts, WebSettingFact.class, w -> w.setting().equals("debug"));
        List<WebSettingFact> parsedOn = parsed.stream().filter(w -> !w.detail().contains("debugger on")).toList();
        List<WebSettingFact> parsedRisky = parsed.stream().filter(w -> w.detail().contains("debugger on")).toList();
        List<ContentMatch> on = Matches.notInTests(Matches.of(facts, SecurityPatterns.DEBUG_DJANGO_DEBUG_ON,
                SecurityPatterns.DEBUG_DEPLOY_ENV_ON, SecurityPatterns.DEBUG_SPRING_DEBUG_ON)).stream()
                .filter(m -> !DEV_CONFIG.matcher(fileName(Matches.path(m))).find())
                .filter(m -> !ParsedCode.parsed(facts, Matches.path(m))).toList();
        if (!on.isEmpty() || !parsedOn.isEmpty()) {
            List<Evidence> evidence = ParsedCode.join(6, ParsedCode.cite(parsedOn, 6), Matches.cite(on, "debug switched on"));
            return Outcome.fail("debug mode is on in configuration production uses: " + Matches.where(evidence), evidence);
        }
        List<ContentMatch> risky = Matches.notInTests(Matches.of(facts, SecurityPatterns.DEBUG_FLASK_RUN_DEBUG,
                SecurityPatterns.DEBUG_STACK_IN_RESPONSE)).stream()
                .filter(m -> !(m.pattern().equals(SecurityPatterns.DEBUG_FLASK_RUN_DEBUG) && ParsedCode.parsed(facts, Matches.path(m))))
                .toList();
        if (!risky.isEmpty() || !parsedRisky.isEmpty()) {
            List<Evidence> evidence = ParsedCode.join(6, ParsedCode.cite(parsedRisky, 6),
                    Matches.cite(risky, "debugger or stack trace exposed when run this way"));
            return Outcome.partial("debug output can reach users if this code runs in production: "
                    + Matches.where(evidence), evidence);
        }
        List<Evidence> envDriven = Matches.cite(Matches.of(facts, SecurityPatterns.DEBUG_ENV_DRIVEN),
                "debug flag read from the environment");
        return Matches.coverage(facts)
                .map(c -> Outcome.pass("no debug mode is switched on in settings or deployment config",
                        Matches.concat(envDriven, Matches.searched(c, "a debug flag switched on"), 4)))
                .orElseGet(() -> Outcome.unknown("the source was not searched for debug settings"));
    }

    private static String fileName(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        int settings = lower.lastIndexOf("settings/");
        return settings >= 0 ? lower.substring(settings) : lower.substring(lower.lastIndexOf('/') + 1);
    }
}
