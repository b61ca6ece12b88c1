package dev.prodready.workspace.live;

import java.net.IDN;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate names a host, as browsers decide it: subject alternative names only (DNS names with a
 * single left-most wildcard label, or IP addresses); the subject CN is not consulted.
 */
public final class HostnameMatch {

    private HostnameMatch() {
    }

    public static boolean matches(X509Certificate cert, String host) {
        String h = normalise(host);
        boolean ip = TlsProbe.isIpLiteral(h);
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names == null) {
            return false;
        }
        for (List<?> entry : names) {
            int type = (Integer) entry.get(0);
            String value = String.valueOf(entry.get(1));
            if (ip && type == 7 && sameAddress(value, h)) {
                return true;
            }
            if (!ip && type == 2 && dnsMatch(normalise(value), h)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        try {
            return IDN.toASCII(h).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return h.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    static boolean dnsMatch(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(host);
        }
        String suffix = pattern.substring(1);
        if (!host.endsWith(suffix)) {
            return false;
        }
        String label = host.substring(0, host.length() - suffix.length());
        // The wildcard covers exactly one label, and never a bare public suffix like "*.com".
        return !label.isEmpty() && !label.contains(".") && suffix.indexOf('.', 1) > 0;
    }
}
