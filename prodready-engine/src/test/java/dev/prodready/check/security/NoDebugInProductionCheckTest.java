package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.DEBUG_DEPLOY_ENV_ON;
import static dev.prodready.check.security.SecurityPatterns.DEBUG_DJANGO_DEBUG_ON;
import static dev.prodready.check.security.SecurityPatterns.DEBUG_ENV_DRIVEN;
import static dev.prodready.check.security.SecurityPatterns.DEBUG_FLASK_RUN_DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

class NoDebugInProductionCheckTest {

    private final NoDebugInProductionCheck check = new NoDebugInProductionCheck();

    @Test
    void djangoDebugInMainSettingsFails() {
        Outcome o = run(check, match(DEBUG_DJANGO_DEBUG_ON, "mysite/settings.py", 26, "DEBUG = True"),
                match(DEBUG_DEPLOY_ENV_ON, "Dockerfile", 12, "ENV FLASK_DEBUG=1"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("Dockerfile:12", "mysite/settings.py:26");
    }

    @Test
    void debugInDevelopmentSettingsIsFine() {
        Outcome o = run(check, scanned(20), match(DEBUG_DJANGO_DEBUG_ON, "mysite/settings/dev.py", 3, "DEBUG = True"),
                match(DEBUG_ENV_DRIVEN, "mysite/settings/base.py", 10, "DEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\""));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("mysite/settings/base.py:10", ".");
    }

    @Test
    void flaskDebuggerInAppRunIsPartial() {
        Outcome o = run(check, match(DEBUG_FLASK_RUN_DEBUG, "app.py", 40, "    app.run(host=\"0.0.0.0\", debug=True)"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app.py:40");
    }

    @Test
    void unsearchedSourceIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedDebugSettingsFailOrArePartial() {
        Outcome on = Fixture.run(new NoDebugInProductionCheck(), CodeFacts.parsed("python", 3),
                new dev.prodready.fact.WebSettingFact("debug", "DEBUG = True in config/settings.py", false, "debug.enabled",
                        "appsec.no-debug-in-production", dev.prodready.fact.Evidence.at("config/settings.py", 4, "DEBUG")));
        org.assertj.core.api.Assertions.assertThat(on.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        Outcome risky = Fixture.run(new NoDebugInProductionCheck(), CodeFacts.parsed("python", 3),
                new dev.prodready.fact.WebSettingFact("debug", "app.run(debug=True) runs with the debugger on", false,
                        "debug.enabled", "appsec.no-debug-in-production", dev.prodready.fact.Evidence.at("app/__init__.py", 30, "run")));
        org.assertj.core.api.Assertions.assertThat(risky.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
    }
}
