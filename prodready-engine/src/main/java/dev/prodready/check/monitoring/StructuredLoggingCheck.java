package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;

import java.util.regex.Pattern;

import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_CONSOLE_CALL;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_JSON_FORMAT;

/** logging.structured: a JSON logger, against output that only goes through console.log or print. */
public final class StructuredLoggingCheck implements Check {

    /** Console output in command-line scripts and build configuration is not application logging. */
    private static final Pattern TOOLING = Pattern.compile("(^|/)(scripts?|bin|tools)/|\\.config\\.[a-z]+$");

    @Override
    public String itemId() {
        return "logging.structured";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues structured = Clues.capabilities(facts, Capability.STRUCTURED_LOGGING)
                .and(Clues.matches(facts, "JSON log format configured", LOGGING_JSON_FORMAT));
        Clues console = Clues.matches(facts, "plain console or print output", LOGGING_CONSOLE_CALL)
                .outsideTests().where(e -> !TOOLING.matcher(e.path()).find());
        if (structured.found()) {
            String rest = console.found()
                    ? "; " + console.count() + " console or print call(s) still write unstructured lines, e.g. "
                    + console.evidence().get(0).location() : "";
            return structured.pass("a structured logger is in use" + rest);
        }
        if (console.found()) {
            return console.fail("logging goes only through console or print calls (" + console.count()
                    + " in application code), with no structured logger");
        }
        return Clues.absent(facts, "no structured logger and no logging calls were found", "structured logger");
    }
}
