package dev.prodready.fact;

import java.time.Instant;
import java.util.Optional;

/**
 * What the TLS handshakes with the deployed host showed.
 *
 * @param protocol       the version negotiated with a modern client ("TLSv1.3"), empty when none succeeded
 * @param chainProblem   why the certificate chain is not trusted, empty when it is
 * @param daysToExpiry   whole days until the leaf certificate expires (negative once expired)
 */
public record TlsFact(String host, int port, Optional<String> protocol, ProtocolSupport tls13, ProtocolSupport tls12,
                      ProtocolSupport tls11, ProtocolSupport tls10, Optional<String> chainProblem,
                      boolean hostnameMatches, Optional<Instant> notAfter, Optional<Long> daysToExpiry,
                      Optional<String> issuer, Optional<String> error, Evidence evidence) implements Fact {

    public boolean certificateValid() {
        return protocol.isPresent() && chainProblem.isEmpty() && hostnameMatches
                && daysToExpiry.map(d -> d >= 0).orElse(false);
    }
}
