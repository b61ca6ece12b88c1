package dev.prodready.live;

import dev.prodready.workspace.live.Exchange;

import java.util.Arrays;
import java.util.Optional;

/** Small comparisons shared by the fact builders. */
final class LiveProbeFacts {

    private LiveProbeFacts() {
    }

    /** Whether a response is the site's catch-all answer: same status and body as a path that cannot exist. */
    static boolean sameBody(Exchange e, Optional<Exchange> control) {
        return control.isPresent() && control.get().ok() && control.get().status() == e.status()
                && Arrays.equals(control.get().body(), e.body());
    }
}
