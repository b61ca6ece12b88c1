package dev.prodready.workspace.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything one probe of a URL saw, before any judgement.
 *
 * @param landing       the session the page is judged on: HTTPS when it answered, else plain HTTP (as MDN
 *                      Observatory chooses)
 * @param corsOrigin    the foreign Origin sent with the CORS requests
 * @param exposed       one response per sensitive path asked for
 * @param control       a request for a path that cannot exist, to learn what "not found" looks like
 * @param health        the health endpoint that answered, if any
 * @param exchanges     every request made, in order
 */
public record ProbeCapture(URI url, Origins origins, Optional<TlsReport> tls, Session https, Session http,
                           Session landing, List<HtmlTags.Tag> tags, String corsOrigin,
                           Optional<Exchange> corsPreflight, Optional<Exchange> corsGet, List<Exchange> exposed,
                           Optional<Exchange> control, List<Exchange> securityTxt, List<Exchange> scripts,
                           List<Exchange> sourceMaps, Optional<Exchange> health, List<Exchange> latencyLanding,
                           List<Exchange> latencyHealth, List<Exchange> burst, List<Exchange> exchanges,
                           int requestBudget, int handshakes, Duration elapsed, List<String> notes) {

    public ProbeCapture {
        tags = List.copyOf(tags);
        exposed = List.copyOf(exposed);
        securityTxt = List.copyOf(securityTxt);
        scripts = List.copyOf(scripts);
        sourceMaps = List.copyOf(sourceMaps);
        latencyLanding = List.copyOf(latencyLanding);
        latencyHealth = List.copyOf(latencyHealth);
        burst = List.copyOf(burst);
        exchanges = List.copyOf(exchanges);
        notes = List.copyOf(notes);
    }

    /** The landing page response, when the landing session ended in one on the probed origins. */
    public Optional<Exchange> page() {
        if (!landing.complete() || landing.leftOrigin().isPresent()) {
            return Optional.empty();
        }
        return landing.last();
    }
}
