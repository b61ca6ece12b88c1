package dev.prodready.workspace.live;

import java.util.concurrent.atomic.AtomicInteger;

/** The fixed number of HTTP requests and TLS handshakes one probe may make; going over is refused. */
public final class ProbeBudget {

    private final int maxRequests;
    private final int maxHandshakes;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger handshakes = new AtomicInteger();

    public ProbeBudget(int maxRequests, int maxHandshakes) {
        this.maxRequests = maxRequests;
        this.maxHandshakes = maxHandshakes;
    }

    /** Reserves one HTTP request; false when the budget is spent. */
    public boolean takeRequest() {
        return requests.incrementAndGet() <= maxRequests || undo(requests);
    }

    /** Reserves one bare TLS handshake; false when the budget is spent. */
    public boolean takeHandshake() {
        return handshakes.incrementAndGet() <= maxHandshakes || undo(handshakes);
    }

    private static boolean undo(AtomicInteger counter) {
        counter.decrementAndGet();
        return false;
    }

    public int requestsMade() {
        return requests.get();
    }

    public int handshakesMade() {
        return handshakes.get();
    }

    public int maxRequests() {
        return maxRequests;
    }

    public int maxHandshakes() {
        return maxHandshakes;
    }
}
