package dev.prodready.workspace.live;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A GET of a start URL with its redirects followed while they stay on the probed origins.
 *
 * @param hops        every response in order, the last one being where the chain ended
 * @param leftOrigin  a redirect target the probe did not follow because it is on another origin
 * @param verified    whether TLS certificates along the chain were trusted
 * @param certificateProblem the certificate error seen before retrying without verification
 */
public record Session(URI start, List<Exchange> hops, Optional<URI> leftOrigin, boolean verified,
                      Optional<String> certificateProblem) {

    public Session {
        hops = List.copyOf(hops);
    }

    /** Whether the start URL could be reached at all (a response came back). */
    public boolean connected() {
        return !hops.isEmpty() && hops.get(0).ok();
    }

    /** Whether every request of the chain got a response (a redirect to another origin still counts). */
    public boolean complete() {
        return !hops.isEmpty() && hops.stream().allMatch(Exchange::ok);
    }

    /** The last response, when the chain ended in one. */
    public Optional<Exchange> last() {
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        Exchange e = hops.get(hops.size() - 1);
        return e.ok() ? Optional.of(e) : Optional.empty();
    }

    /** Why the start URL could not be fetched, when it could not. */
    public Optional<String> error() {
        return hops.isEmpty() ? Optional.of("not requested") : hops.get(0).error();
    }
}
