package dev.prodready.live;

import java.util.Optional;

/**
 * Which MDN Observatory scoring algorithm to reproduce. Version 6 is the current one and what reports show.
 * Version 4 is what the npm package @mdn/mdn-http-observatory 1.4.8 still runs; it exists so that the bench can
 * compare verdicts against that package.
 *
 * <ul>
 * <li>4: ten tests; X-Frame-Options DENY/SAMEORIGIN scores 0.</li>
 * <li>5: X-Frame-Options DENY/SAMEORIGIN earns +5, like frame-ancestors (mdn-http-observatory PR 332).</li>
 * <li>6: adds the Cross-Origin-Embedder-Policy and Cross-Origin-Opener-Policy tests (PR 498, invalid values
 *     -5 per issue 556), and reads comma-joined Content-Security-Policy headers as separate policies.</li>
 * </ul>
 */
public enum ObservatoryAlgorithm {
    V4(4), V6(6);

    private final int version;

    ObservatoryAlgorithm(int version) {
        this.version = version;
    }

    public int version() {
        return version;
    }

    public static Optional<ObservatoryAlgorithm> of(int version) {
        for (ObservatoryAlgorithm a : values()) {
            if (a.version == version) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
