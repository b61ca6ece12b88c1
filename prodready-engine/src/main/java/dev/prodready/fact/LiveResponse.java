package dev.prodready.fact;

import java.util.Optional;

/** One request the live probe sent and its outcome (status 0 when it failed), for the record of what was asked. */
public record LiveResponse(String method, String url, int status, long transferBytes, long millis,
                           Optional<String> error, Evidence evidence) implements Fact {
}
