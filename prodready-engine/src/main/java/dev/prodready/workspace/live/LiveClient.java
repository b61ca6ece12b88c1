package dev.prodready.workspace.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The probe's only HTTP client: GET, HEAD and OPTIONS to the two allowed origins, within a fixed request
 * budget and an overall deadline, each request with a timeout and the probe's User-Agent. Redirects are never
 * followed by the JDK; {@link #session} follows them itself and stops at another origin.
 */
public final class LiveClient {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Origins origins;
    private final ProbeOptions options;
    private final ProbeBudget budget;
    private final Instant deadline;
    private final HttpClient verifying;
    private final HttpClient capturing;
    private final List<Exchange> log = new ArrayList<>();

    public LiveClient(Origins origins, ProbeOptions options, ProbeBudget budget, Trust trust, Duration maxDuration) {
        this.origins = origins;
        this.options = options;
        this.budget = budget;
        this.deadline = Instant.now().plus(maxDuration);
        this.verifying = build(trust.verifyingContext(), options.connectTimeout());
        this.capturing = build(trust.capturingContext(), options.connectTimeout());
    }

    private static HttpClient build(javax.net.ssl.SSLContext context, Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(context)
                .build();
    }

    public Origins origins() {
        return origins;
    }

    /** Every exchange sent so far, in order. */
    public synchronized List<Exchange> log() {
        return List.copyOf(log);
    }

    public boolean pastDeadline() {
        return Instant.now().isAfter(deadline);
    }

    /**
     * Sends one request. A refused request (other origin, method, budget, deadline) comes back as a failed
     * exchange saying so; it is never sent.
     *
     * @param maxBody the most body bytes kept after decoding
     * @param verify  whether TLS certificates must be trusted
     */
    public Exchange send(String method, URI uri, Map<String, String> headers, int maxBody, boolean verify) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (!METHODS.contains(method)) {
            return refuse(method, uri, sent, verify, "method " + method + " is not allowed without --active");
        }
        if (!origins.allows(uri)) {
            return refuse(method, uri, sent, verify, "not sent: " + uri + " is outside the probed origins");
        }
        if (pastDeadline()) {
            return refuse(method, uri, sent, verify, "not sent: the probe's time limit was reached");
        }
        if (!budget.takeRequest()) {
            return refuse(method, uri, sent, verify, "not sent: the request budget of " + budget.maxRequests()
                    + " is spent");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!sent.containsKey("Accept-Encoding")) {
            request.header("Accept-Encoding", "gzip, deflate");
        }
        sent.forEach(request::header);
        Instant start = Instant.now();
        Exchange exchange;
        try {
            HttpResponse<InputStream> response = (verify ? verifying : capturing)
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            exchange = read(method, uri, sent, response, maxBody, verify, start);
        } catch (IOException e) {
            exchange = Exchange.failed(method, uri, sent, Duration.between(start, Instant.now()), verify,
                    describe(e));
            if (verify && certificateProblem(e)) {
                exchange = new Exchange(method, uri, sent, 0, LiveHeaders.empty(), new byte[0], 0, false,
                        exchange.elapsed(), false, Optional.of(describe(e)), exchange.error());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange = Exchange.failed(method, uri, sent, Duration.between(start, Instant.now()), verify,
                    "interrupted");
        } catch (IllegalArgumentException e) {
            exchange = Exchange.failed(method, uri, sent, Duration.between(start, Instant.now()), verify,
                    "request not sent: " + e.getMessage());
        }
        synchronized (this) {
            log.add(exchange);
        }
        return exchange;
    }

    private Exchange refuse(String method, URI uri, Map<String, String> sent, boolean verify, String why) {
        return Exchange.failed(method, uri, sent, Duration.ZERO, verify, why);
    }

    private static Exchange read(String method, URI uri, Map<String, String> sent, HttpResponse<InputStream> response,
                                 int maxBody, boolean verify, Instant start) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        LiveHeaders live = new LiveHeaders(headers);
        String encoding = live.first("content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        byte[] raw;
        boolean rawTruncated;
        long rawCount;
        // Compressed bodies may expand; read a bounded number of wire bytes.
        int wireCap = encoding.isEmpty() || encoding.equals("identity") ? maxBody : Math.max(maxBody, 1 << 20);
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long count = 0;
            int n;
            boolean cut = false;
            while ((n = in.read(buf)) != -1) {
                int keep = (int) Math.max(0, Math.min(n, wireCap - count));
                out.write(buf, 0, keep);
                count += n;
                if (count > wireCap) {
                    cut = true;
                    break;
                }
            }
            raw = out.toByteArray();
            rawTruncated = cut;
            rawCount = count;
        }
        long transfer = rawTruncated ? live.first("content-length").flatMap(LiveClient::parseLong).orElse(rawCount)
                : rawCount;
        byte[] body = raw;
        boolean truncated = rawTruncated;
        if (encoding.equals("gzip") || encoding.equals("x-gzip") || encoding.equals("deflate")) {
            Decoded d = decode(raw, encoding, maxBody);
            body = d.bytes;
            truncated = truncated || d.truncated;
        } else if (body.length > maxBody) {
            body = java.util.Arrays.copyOf(body, maxBody);
            truncated = true;
        }
        return new Exchange(method, uri, sent, response.statusCode(), live, body, transfer, truncated,
                Duration.between(start, Instant.now()), verify, Optional.empty(), Optional.empty());
    }

    private record Decoded(byte[] bytes, boolean truncated) {
    }

    private static Decoded decode(byte[] raw, String encoding, int max) {
        try (InputStream in = encoding.equals("deflate") ? deflate(raw)
                : new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + n > max) {
                    out.write(buf, 0, max - out.size());
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
            return new Decoded(out.toByteArray(), false);
        } catch (IOException e) {
            // A body cut at the wire cap or a bad stream: keep what could be decoded.
            return new Decoded(new byte[0], true);
        }
    }

    private static InputStream deflate(byte[] raw) {
        // "deflate" is zlib-wrapped per the RFC but some servers send raw deflate; the first byte tells.
        boolean zlib = raw.length > 1 && (raw[0] & 0x0f) == 8 && ((raw[0] & 0xff) * 256 + (raw[1] & 0xff)) % 31 == 0;
        return new InflaterInputStream(new java.io.ByteArrayInputStream(raw), new Inflater(!zlib));
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean certificateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        if (root instanceof java.net.ConnectException) {
            return "connection refused or unreachable (" + root.getMessage() + ")";
        }
        return message;
    }

    /**
     * GETs {@code start} and follows redirects (at most {@code maxHops} responses) while they stay on the probed
     * origins. A certificate failure is recorded, then the chain is read again without verification so that
     * its headers can still be judged.
     */
    public Session session(URI start, Map<String, String> headers, int maxHops, int maxBody) {
        Session verified = follow(start, headers, maxHops, maxBody, true);
        Optional<String> certProblem = verified.hops().stream().map(Exchange::certificateProblem)
                .flatMap(Optional::stream).findFirst();
        if (certProblem.isEmpty()) {
            return verified;
        }
        Session unverified = follow(start, headers, maxHops, maxBody, false);
        return new Session(start, unverified.hops(), unverified.leftOrigin(), false, certProblem);
    }

    private Session follow(URI start, Map<String, String> headers, int maxHops, int maxBody, boolean verify) {
        List<Exchange> hops = new ArrayList<>();
        URI current = start;
        Optional<URI> left = Optional.empty();
        while (hops.size() < maxHops) {
            Exchange e = send("GET", current, headers, maxBody, verify);
            hops.add(e);
            if (!e.ok() || !e.redirect()) {
                break;
            }
            Optional<String> location = e.headers().first("location");
            if (location.isEmpty()) {
                break;
            }
            URI next;
            try {
                next = current.resolve(location.get().strip().replace(" ", "%20"));
            } catch (IllegalArgumentException bad) {
                break;
            }
            if (!origins.allows(next)) {
                left = Optional.of(next);
                break;
            }
            current = next;
        }
        return new Session(start, hops, left, verify, Optional.empty());
    }
}
