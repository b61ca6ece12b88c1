package dev.prodready.live;

import dev.prodready.workspace.live.LiveHeaders;

import java.util.Locale;
import java.util.Optional;

/** Names the CDN or edge network in front of a site from its response headers. */
final class CdnDetector {

    private CdnDetector() {
    }

    static Optional<String> detect(LiveHeaders h) {
        String server = h.combined("server").orElse("").toLowerCase(Locale.ROOT);
        String via = h.combined("via").orElse("").toLowerCase(Locale.ROOT);
        if (h.has("cf-ray") || server.contains("cloudflare")) {
            return Optional.of("Cloudflare (cf-ray)");
        }
        if (h.has("x-amz-cf-id") || via.contains("cloudfront")) {
            return Optional.of("Amazon CloudFront (x-amz-cf-id)");
        }
        if (h.has("x-vercel-id") || server.equals("vercel")) {
            return Optional.of("Vercel edge network (x-vercel-id)");
        }
        if (h.has("x-nf-request-id") || server.contains("netlify")) {
            return Optional.of("Netlify edge (x-nf-request-id)");
        }
        if (server.contains("akamai") || h.has("x-akamai-transformed") || h.has("akamai-grn")) {
            return Optional.of("Akamai");
        }
        if (h.has("x-fastly-request-id") || (h.has("x-served-by") && h.combined("x-served-by").orElse("")
                .toLowerCase(Locale.ROOT).contains("cache-"))) {
            return Optional.of("Fastly (x-served-by cache nodes)");
        }
        if (h.has("x-azure-ref")) {
            return Optional.of("Azure Front Door (x-azure-ref)");
        }
        if (via.contains("google") || server.equals("google frontend")) {
            return Optional.of("Google front end");
        }
        if (h.has("x-cache") && h.combined("x-cache").orElse("").toLowerCase(Locale.ROOT).matches(".*(hit|miss).*")) {
            return Optional.of("a caching proxy (x-cache: " + h.combined("x-cache").orElse("") + ")");
        }
        return Optional.empty();
    }
}
