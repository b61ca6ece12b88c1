package dev.prodready.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the HTML report in headless Chromium: charts render, no console errors, no request leaves the page. */
class HtmlRendererBrowserTest {

    @Test
    void rendersChartsWithoutErrorsOrRequests(@TempDir Path tmp) throws Exception {
        if (!HeadlessChromium.available()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("chromium missing at /usr/bin/chromium; .ci/run installs Debian's chromium");
            }
            Assumptions.abort("no /usr/bin/chromium on this machine (apt-get install chromium)");
        }
        StringWriter html = new StringWriter();
        new HtmlRenderer().render(SarifRendererTest.sample(12), html);
        Path file = Files.writeString(tmp.resolve("report.html"), html.toString());
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(file);
            assertThat(browser.eval("document.querySelectorAll('#score-chart circle').length").asInt()).isEqualTo(5);
            assertThat(browser.eval("document.querySelectorAll('#area-chart rect.bar').length").asInt()).isEqualTo(1);
            assertThat(browser.eval("document.getElementById('score-chart').getBoundingClientRect().width").asDouble())
                    .isGreaterThan(100);
            assertThat(browser.eval("document.querySelectorAll('#timeline-chart rect').length").asInt()).isPositive();
            // the filter script ran: pass rows are hidden by default, fail rows shown
            assertThat(browser.eval("[...document.querySelectorAll('#items tbody tr')].filter(r => r.style.display !== 'none').length")
                    .asInt()).isEqualTo(2);
            assertThat(browser.consoleErrors).isEmpty();
            assertThat(browser.requests).allSatisfy(url -> assertThat(url).startsWith("file:"));
            Files.write(tmp.resolve("report.png"), browser.screenshot());
        }
    }
}
