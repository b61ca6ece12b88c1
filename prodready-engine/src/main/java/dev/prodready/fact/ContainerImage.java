package dev.prodready.fact;

/**
 * A container image the repository builds from or runs: a Dockerfile FROM line, a compose service's image, a
 * Kubernetes container image. {@code tag} is "" when none is given (which means latest); {@code digest} is the
 * sha256 pin or "". {@code finalStage} is true for the image a Dockerfile's last stage builds on.
 */
public record ContainerImage(String source, String image, String tag, String digest, boolean finalStage,
                             Evidence evidence) implements Fact {

    /** Pinned to an exact build: a digest, not a tag that can move. */
    public boolean pinnedByDigest() {
        return !digest.isEmpty();
    }

    /** No tag, or "latest": whatever was pushed last. */
    public boolean floating() {
        return digest.isEmpty() && (tag.isEmpty() || tag.equals("latest"));
    }
}
