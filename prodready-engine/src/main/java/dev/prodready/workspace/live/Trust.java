package dev.prodready.workspace.live;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Certificate trust for the probe: the JDK's default authorities plus an optional extra CA. A second,
 * non-verifying context exists only to read a site whose certificate already failed, so that its headers can
 * still be judged; every response read that way is marked unverified and the failure becomes a finding.
 */
public final class Trust {

    private final X509TrustManager verifying;
    private final SSLContext verifyingContext;
    private final SSLContext capturingContext;

    private Trust(X509TrustManager verifying, SSLContext verifyingContext, SSLContext capturingContext) {
        this.verifying = verifying;
        this.verifyingContext = verifyingContext;
        this.capturingContext = capturingContext;
    }

    /** @throws IOException when the extra CA file cannot be read or holds no certificate */
    public static Trust create(Optional<Path> extraCa) throws IOException {
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>();
            managers.add(fromKeyStore(null));
            if (extraCa.isPresent()) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (Certificate c : readCertificates(extraCa.get())) {
                    store.setCertificateEntry("extra-" + i++, c);
                }
                managers.add(fromKeyStore(store));
            }
            X509ExtendedTrustManager composite = new AnyOf(managers);
            SSLContext verifyingContext = SSLContext.getInstance("TLS");
            verifyingContext.init(null, new TrustManager[]{composite}, null);
            SSLContext capturing = SSLContext.getInstance("TLS");
            capturing.init(null, new TrustManager[]{new Capturing()}, null);
            return new Trust(composite, verifyingContext, capturing);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up certificate trust: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> readCertificates(Path file) throws IOException,
            CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IOException("no certificate in " + file);
            }
            return certs;
        } catch (CertificateException e) {
            throw new IOException("not a PEM or DER certificate: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static X509ExtendedTrustManager fromKeyStore(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager available");
    }

    public SSLContext verifyingContext() {
        return verifyingContext;
    }

    public SSLContext capturingContext() {
        return capturingContext;
    }

    /** Checks a chain against the trusted authorities (not the host name); the exception says what is wrong. */
    public void checkChain(X509Certificate[] chain) throws CertificateException {
        verifying.checkServerTrusted(chain, "UNKNOWN");
    }

    /** Trusts a chain when any of the managers trusts it; reports the first manager's reason otherwise. */
    private static final class AnyOf extends ServerOnly {
        private final List<X509ExtendedTrustManager> managers;

        AnyOf(List<X509ExtendedTrustManager> managers) {
            this.managers = List.copyOf(managers);
        }

        private interface Check {
            void run(X509ExtendedTrustManager m) throws CertificateException;
        }

        private void any(Check check) throws CertificateException {
            CertificateException first = null;
            for (X509ExtendedTrustManager m : managers) {
                try {
                    check.run(m);
                    return;
                } catch (CertificateException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }

    /** Accepts any chain, for reading a site whose certificate already failed verification. */
    private static final class Capturing extends ServerOnly {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** A trust manager for a client only: any request to judge a client certificate is refused. */
    private abstract static class ServerOnly extends X509ExtendedTrustManager {
        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("the probe does not accept client connections");
        }

        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("the probe does not accept client connections");
        }

        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the probe does not accept client connections");
        }
    }
}
