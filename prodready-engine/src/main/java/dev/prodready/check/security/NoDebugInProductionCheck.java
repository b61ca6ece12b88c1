package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * appsec.no-debug-in-production: debug switched on in settings or deployment config that production uses (Django
 * DEBUG = True outside dev settings, FLASK_DEBUG/DEBUG=1 in a Dockerfile, Procfile or platform config, Spring
 * debug or stack traces in error responses) fails; app.run(debug=True) and stack traces sent in JSON responses are
 * partial. Nothing of the kind in the searched source passes.
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
        List<ContentMatch> on = Matches.notInTests(Matches.of(facts, SecurityPatterns.DEBUG_DJANGO_DEBUG_ON,
                SecurityPatterns.DEBUG_DEPLOY_ENV_ON, SecurityPatterns.DEBUG_SPRING_DEBUG_ON)).stream()
                .filter(m -> !DEV_CONFIG.matcher(fileName(Matches.path(m))).find()).toList();
        if (!on.isEmpty()) {
            return Outcome.fail("debug mode is on in configuration production uses: " + Matches.at(on),
                    Matches.cite(on, "debug switched on"));
        }
        List<ContentMatch> risky = Matches.notInTests(Matches.of(facts, SecurityPatterns.DEBUG_FLASK_RUN_DEBUG,
                SecurityPatterns.DEBUG_STACK_IN_RESPONSE));
        if (!risky.isEmpty()) {
            return Outcome.partial("debug output can reach users if this code runs in production: " + Matches.at(risky),
                    Matches.cite(risky, "debugger or stack trace exposed when run this way"));
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
