package dev.prodready.collect.iac;

import dev.prodready.fact.ContainerImage;
import dev.prodready.fact.Evidence;

/** Splits "registry/name:tag@sha256:..." into its parts. */
final class ImageReference {

    private ImageReference() {
    }

    static ContainerImage of(String source, String reference, boolean finalStage, Evidence evidence) {
        String ref = reference.strip();
        String digest = "";
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            ref = ref.substring(0, at);
        }
        String tag = "";
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon + 1);
            ref = ref.substring(0, colon);
        }
        return new ContainerImage(source, ref, tag, digest, finalStage, evidence);
    }
}
