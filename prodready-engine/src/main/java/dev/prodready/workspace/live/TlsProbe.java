package dev.prodready.workspace.live;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * TLS handshakes with the probed host: what the JDK's default offer negotiates and which certificate comes
 * back, whether TLS 1.3 and 1.2 are accepted, and whether the legacy TLS 1.0 and 1.1 are refused.
 *
 * <p>The JDK disables TLS 1.0 and 1.1 through the {@code jdk.tls.disabledAlgorithms} security property, and
 * that constraint applies to every socket whatever protocols it enables; lifting it would change TLS for the
 * whole process. The legacy versions are therefore tested with a hand-built ClientHello that offers only that
 * version: a ServerHello agreeing to it means accepted, an alert or a closed connection means refused. No
 * handshake is completed and no data is sent over a legacy connection.
 */
public final class TlsProbe {

    private static final int[] LEGACY_SUITES = {0xc013, 0xc014, 0xc009, 0xc00a, 0x002f, 0x0035, 0x0033, 0x0039,
            0x000a, 0x0005, 0x00ff};

    private final Trust trust;
    private final ProbeBudget budget;
    private final Duration timeout;

    public TlsProbe(Trust trust, ProbeBudget budget, Duration timeout) {
        this.trust = trust;
        this.budget = budget;
        this.timeout = timeout;
    }

    /** At most 5 handshakes: the default offer, TLS 1.3 only, TLS 1.2 only, and the two legacy hellos. */
    public static final int HANDSHAKES = 5;

    public TlsReport inspect(String host, int port) {
        Optional<String> negotiated = Optional.empty();
        Optional<String> suite = Optional.empty();
        List<X509Certificate> chain = List.of();
        Optional<String> error = Optional.empty();
        try {
            SSLSession session = handshake(host, port, trust.capturingContext(), null);
            negotiated = Optional.of(session.getProtocol());
            suite = Optional.of(session.getCipherSuite());
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    certs.add(x);
                }
            }
            chain = certs;
        } catch (IOException e) {
            error = Optional.of(LiveClient.describe(e));
            if (silent(e)) {
                // Nothing speaks TLS there (refused, or a plain-HTTP server waiting for more bytes): stop here.
                TlsReport.Acceptance none = TlsReport.Acceptance.unknown("no TLS server answered: " + error.get());
                return new TlsReport(host, port, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        false, none, none, none, none, error);
            }
        }
        Optional<String> chainProblem = Optional.empty();
        boolean hostnameMatches = false;
        if (!chain.isEmpty()) {
            try {
                trust.checkChain(chain.toArray(X509Certificate[]::new));
            } catch (CertificateException e) {
                chainProblem = Optional.of(LiveClient.describe(e));
            }
            hostnameMatches = HostnameMatch.matches(chain.get(0), host);
        }
        TlsReport.Acceptance tls13 = modern(host, port, "TLSv1.3");
        TlsReport.Acceptance tls12 = modern(host, port, "TLSv1.2");
        TlsReport.Acceptance tls11 = legacy(host, port, 0x0302);
        TlsReport.Acceptance tls10 = legacy(host, port, 0x0301);
        return new TlsReport(host, port, negotiated, suite, chain, chainProblem, hostnameMatches, tls13, tls12,
                tls11, tls10, error);
    }

    private static boolean silent(IOException e) {
        return e instanceof SocketTimeoutException || e instanceof java.net.ConnectException
                || e instanceof java.net.NoRouteToHostException || e instanceof java.net.UnknownHostException;
    }

    /** Whether the report shows that no TLS server listens at all (so HTTPS requests need not be tried). */
    public static boolean nothingListens(TlsReport r) {
        return r.negotiated().isEmpty() && r.tls10().state() == TlsReport.Acceptance.State.UNKNOWN
                && r.tls10().detail().startsWith("no TLS server answered");
    }

    private SSLSession handshake(String host, int port, SSLContext context, String onlyProtocol) throws IOException {
        if (!budget.takeHandshake()) {
            throw new IOException("not attempted: the handshake budget is spent");
        }
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            raw.setSoTimeout((int) timeout.toMillis());
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, false)) {
                SSLParameters params = socket.getSSLParameters();
                if (!isIpLiteral(host)) {
                    params.setServerNames(List.of(new SNIHostName(host)));
                }
                if (onlyProtocol != null) {
                    params.setProtocols(new String[]{onlyProtocol});
                }
                socket.setSSLParameters(params);
                socket.startHandshake();
                return socket.getSession();
            }
        }
    }

    private TlsReport.Acceptance modern(String host, int port, String protocol) {
        SSLContext context = trust.capturingContext();
        if (!Arrays.asList(context.getSupportedSSLParameters().getProtocols()).contains(protocol)) {
            return TlsReport.Acceptance.unknown("this JDK cannot speak " + protocol);
        }
        try {
            SSLSession s = handshake(host, port, context, protocol);
            return TlsReport.Acceptance.accepted("handshake completed with " + s.getProtocol());
        } catch (SocketTimeoutException e) {
            return TlsReport.Acceptance.unknown("timed out");
        } catch (java.net.ConnectException e) {
            return TlsReport.Acceptance.unknown("cannot connect: " + e.getMessage());
        } catch (SSLException e) {
            return TlsReport.Acceptance.refused("handshake refused: " + LiveClient.describe(e));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("budget")) {
                return TlsReport.Acceptance.unknown(e.getMessage());
            }
            return TlsReport.Acceptance.refused("connection closed during the handshake: " + LiveClient.describe(e));
        }
    }

    private TlsReport.Acceptance legacy(String host, int port, int version) {
        String name = version == 0x0301 ? "TLS 1.0" : "TLS 1.1";
        if (!budget.takeHandshake()) {
            return TlsReport.Acceptance.unknown("not attempted: the handshake budget is spent");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(clientHello(host, version));
            out.flush();
            return readServerAnswer(new DataInputStream(socket.getInputStream()), version, name);
        } catch (SocketTimeoutException e) {
            return TlsReport.Acceptance.unknown("no answer to a " + name + " hello within " + timeout.toSeconds() + " s");
        } catch (EOFException e) {
            return TlsReport.Acceptance.refused("the server closed the connection on a " + name + "-only hello");
        } catch (IOException e) {
            if (e instanceof java.net.ConnectException) {
                return TlsReport.Acceptance.unknown("cannot connect: " + e.getMessage());
            }
            return TlsReport.Acceptance.refused("the server dropped a " + name + "-only hello ("
                    + LiveClient.describe(e) + ")");
        }
    }

    static TlsReport.Acceptance readServerAnswer(DataInputStream in, int version, String name) throws IOException {
        int type = in.readUnsignedByte();
        in.readUnsignedShort();
        int length = in.readUnsignedShort();
        if (length <= 0 || length > 1 << 15) {
            return TlsReport.Acceptance.unknown("unreadable TLS record after a " + name + " hello");
        }
        byte[] fragment = new byte[Math.min(length, 64)];
        in.readFully(fragment);
        if (type == 0x15) {
            int description = fragment.length > 1 ? fragment[1] & 0xff : -1;
            return TlsReport.Acceptance.refused("alert " + alertName(description) + " in answer to a " + name
                    + "-only hello");
        }
        if (type == 0x16 && fragment.length >= 6 && fragment[0] == 0x02) {
            int chosen = ((fragment[4] & 0xff) << 8) | (fragment[5] & 0xff);
            if (chosen == version) {
                return TlsReport.Acceptance.accepted("the server agreed to " + name);
            }
            return TlsReport.Acceptance.refused("the server answered a " + name + "-only hello with version 0x"
                    + Integer.toHexString(chosen));
        }
        return TlsReport.Acceptance.unknown("unexpected TLS record type " + type + " after a " + name + " hello");
    }

    private static String alertName(int description) {
        return switch (description) {
            case 40 -> "handshake_failure";
            case 70 -> "protocol_version";
            case 71 -> "insufficient_security";
            case 47 -> "illegal_parameter";
            case 80 -> "internal_error";
            case 112 -> "unrecognized_name";
            default -> "#" + description;
        };
    }

    /** A minimal ClientHello offering only {@code version} (0x0301 or 0x0302) with common CBC suites. */
    static byte[] clientHello(String host, int version) {
        Bytes body = new Bytes();
        body.u16(version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.raw(random);
        body.u8(0);
        body.u16(LEGACY_SUITES.length * 2);
        for (int s : LEGACY_SUITES) {
            body.u16(s);
        }
        body.u8(1);
        body.u8(0);
        Bytes ext = new Bytes();
        if (!isIpLiteral(host)) {
            byte[] name = host.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            ext.u16(0x0000);
            ext.u16(name.length + 5);
            ext.u16(name.length + 3);
            ext.u8(0);
            ext.u16(name.length);
            ext.raw(name);
        }
        ext.u16(0x000a);
        ext.u16(8);
        ext.u16(6);
        ext.u16(0x0017);
        ext.u16(0x0018);
        ext.u16(0x001d);
        ext.u16(0x000b);
        ext.u16(2);
        ext.u8(1);
        ext.u8(0);
        byte[] extensions = ext.bytes();
        body.u16(extensions.length);
        body.raw(extensions);
        byte[] hello = body.bytes();
        Bytes record = new Bytes();
        record.u8(0x16);
        record.u16(0x0301);
        record.u16(hello.length + 4);
        record.u8(0x01);
        record.u24(hello.length);
        record.raw(hello);
        return record.bytes();
    }

    static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static final class Bytes {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void u8(int v) {
            out.write(v & 0xff);
        }

        void u16(int v) {
            u8(v >> 8);
            u8(v);
        }

        void u24(int v) {
            u8(v >> 16);
            u16(v);
        }

        void raw(byte[] b) {
            out.write(b, 0, b.length);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
