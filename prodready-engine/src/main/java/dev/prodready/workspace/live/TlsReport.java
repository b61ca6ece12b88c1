package dev.prodready.workspace.live;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What the TLS handshakes showed.
 *
 * @param negotiated   the protocol the server chose with the JDK's default offer ("TLSv1.3"), empty when no
 *                     handshake succeeded
 * @param chain        the certificates the server sent, leaf first
 * @param chainProblem why the chain is not trusted, empty when it is
 * @param hostnameMatches whether the leaf certificate names the probed host
 * @param tls13 / tls12 / tls11 / tls10 whether the server accepts that protocol version
 */
public record TlsReport(String host, int port, Optional<String> negotiated, Optional<String> cipherSuite,
                        List<X509Certificate> chain, Optional<String> chainProblem, boolean hostnameMatches,
                        Acceptance tls13, Acceptance tls12, Acceptance tls11, Acceptance tls10,
                        Optional<String> error) {

    public TlsReport {
        chain = List.copyOf(chain);
    }

    /** Whether the server accepts a protocol version, or why that could not be told. */
    public record Acceptance(State state, String detail) {
        public enum State { ACCEPTED, REFUSED, UNKNOWN }

        public static Acceptance accepted(String detail) {
            return new Acceptance(State.ACCEPTED, detail);
        }

        public static Acceptance refused(String detail) {
            return new Acceptance(State.REFUSED, detail);
        }

        public static Acceptance unknown(String detail) {
            return new Acceptance(State.UNKNOWN, detail);
        }
    }

    public Optional<X509Certificate> leaf() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }
}
