package dev.prodready.workspace.live;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate authority made at test time with the JDK's keytool (no key material is checked in). Issues
 * loopback server certificates: valid, expired, for another name, or self-signed.
 */
public final class TestCa {

    private static final String PASS = "changeit";
    private final Path dir;

    private TestCa(Path dir) {
        this.dir = dir;
    }

    public static TestCa create(Path dir) throws IOException {
        Files.createDirectories(dir);
        TestCa ca = new TestCa(dir);
        ca.keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=prodready test CA", "-ext", "bc:c", "-ext", "ku=keyCertSign,cRLSign", "-validity", "365",
                "-keystore", "ca.p12", "-storetype", "PKCS12", "-storepass", PASS);
        ca.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-storepass", PASS, "-file",
                "ca.pem");
        return ca;
    }

    /** The CA certificate in PEM, for {@code --ca-cert} and NODE_EXTRA_CA_CERTS. */
    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /**
     * Issues a server certificate.
     *
     * @param san       keytool SAN list, e.g. "ip:127.0.0.1,dns:localhost"
     * @param startDate keytool start date ("-40d") or null for now
     */
    public Path issue(String name, String san, String startDate, int validityDays) throws IOException {
        String store = name + ".p12";
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-keystore", store, "-storetype", "PKCS12", "-storepass", PASS);
        keytool("-certreq", "-alias", "server", "-keystore", store, "-storepass", PASS, "-file", name + ".csr");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12",
                "-storepass", PASS, "-infile", name + ".csr", "-outfile", name + ".pem", "-rfc", "-ext", "san=" + san,
                "-ext", "eku=serverAuth", "-validity", String.valueOf(validityDays)));
        if (startDate != null) {
            gencert.add("-startdate");
            gencert.add(startDate);
        }
        keytool(gencert.toArray(String[]::new));
        keytool("-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", store, "-storepass", PASS,
                "-noprompt");
        keytool("-importcert", "-alias", "server", "-file", name + ".pem", "-keystore", store, "-storepass", PASS,
                "-noprompt");
        return dir.resolve(store);
    }

    /** A self-signed certificate no CA vouches for. */
    public Path selfSigned(String name, String san) throws IOException {
        String store = name + ".p12";
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-ext", "san=" + san, "-validity", "30", "-keystore", store, "-storetype", "PKCS12",
                "-storepass", PASS);
        return dir.resolve(store);
    }

    public static SSLContext serverContext(Path keyStore) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASS.toCharArray());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASS.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
