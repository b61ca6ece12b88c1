package dev.prodready.live;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registrable domain of a host ("cdn.example.co.uk" gives "example.co.uk"), as MDN Observatory's tldts
 * lookup gives it with the ICANN suffixes. Without the full public suffix list this knows the common
 * two-label suffixes; any other last label counts as a one-label suffix. IP addresses and single labels have
 * none.
 */
final class RegistrableDomain {

    private static final Set<String> TWO_LABEL_SUFFIXES = Set.of("co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk",
            "ltd.uk", "plc.uk", "net.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz",
            "net.nz", "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "com.br", "net.br", "org.br", "com.cn", "net.cn",
            "org.cn", "com.hk", "com.sg", "com.tw", "co.in", "net.in", "org.in", "co.za", "org.za", "com.mx",
            "com.ar", "com.tr", "co.kr", "or.kr", "co.il", "org.il", "com.my", "com.ph", "com.vn", "co.id",
            "com.ua", "com.pl", "com.es", "com.co", "com.pe", "com.ng", "co.th", "com.sa", "com.eg", "com.pk");

    private RegistrableDomain() {
    }

    static Optional<String> of(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] labels = h.split("\\.");
        if (labels.length < 2) {
            return Optional.empty();
        }
        String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
        int suffixLabels = TWO_LABEL_SUFFIXES.contains(lastTwo) ? 2 : 1;
        if (labels.length <= suffixLabels) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = labels.length - suffixLabels - 1; k < labels.length; k++) {
            sb.append(k == labels.length - suffixLabels - 1 ? "" : ".").append(labels[k]);
        }
        return Optional.of(sb.toString());
    }

    /** Whether the host itself is a public suffix (a cookie may not be scoped to it). */
    static boolean isPublicSuffix(String host) {
        return of(host).isEmpty();
    }
}
