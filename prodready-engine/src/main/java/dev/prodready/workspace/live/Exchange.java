package dev.prodready.workspace.live;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One request the probe sent and what came back. When the request failed, {@code status} is 0 and
 * {@code error} says why.
 *
 * @param requestHeaders the headers the probe chose to send (User-Agent and Accept-Encoding are implied)
 * @param body           the decoded body, at most the cap asked for
 * @param transferBytes  bytes received on the wire for the body (compressed size when compressed)
 * @param bodyTruncated  whether the body was cut at the cap
 * @param verified       whether the TLS certificate was checked and trusted (always true for plain HTTP)
 * @param certificateProblem the certificate error that made the probe retry without verification, if any
 */
public record Exchange(String method, URI uri, Map<String, String> requestHeaders, int status, LiveHeaders headers,
                       byte[] body, long transferBytes, boolean bodyTruncated, Duration elapsed, boolean verified,
                       Optional<String> certificateProblem, Optional<String> error) {

    public Exchange {
        requestHeaders = Map.copyOf(requestHeaders);
    }

    public static Exchange failed(String method, URI uri, Map<String, String> requestHeaders, Duration elapsed,
                                  boolean verified, String error) {
        return new Exchange(method, uri, requestHeaders, 0, LiveHeaders.empty(), new byte[0], 0, false, elapsed,
                verified, Optional.empty(), Optional.of(error));
    }

    public boolean ok() {
        return error.isEmpty();
    }

    public boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type of the response ("text/html"), as sent before any ";"; empty when absent. */
    public String mediaType() {
        return headers.first("content-type").map(v -> v.split(";", 2)[0]).orElse("");
    }

    public boolean html() {
        String type = mediaType().strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
