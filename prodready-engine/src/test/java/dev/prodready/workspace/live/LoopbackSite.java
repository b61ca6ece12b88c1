package dev.prodready.workspace.live;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A test web site on a loopback port that speaks plain HTTP and HTTPS on the same port (it looks at the first
 * byte), as MDN Observatory expects for "127.0.0.1:PORT". Routes answer per scheme and path with configurable
 * status, headers, cookies, bodies and redirects. Binds 127.0.0.1 only, never another interface.
 */
public final class LoopbackSite implements AutoCloseable {

    /** A request as the site saw it. */
    public record Request(String scheme, String method, String path, Map<String, String> headers) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** A response to send. */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean gzip) {
        public static Response of(int status, String body, String... headers) {
            List<Map.Entry<String, String>> h = new ArrayList<>();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                h.add(Map.entry(headers[i], headers[i + 1]));
            }
            return new Response(status, h, body.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Response html(String body, String... headers) {
            String[] all = new String[headers.length + 2];
            all[0] = "Content-Type";
            all[1] = "text/html; charset=utf-8";
            System.arraycopy(headers, 0, all, 2, headers.length);
            return of(200, body, all);
        }

        public static Response redirect(int status, String location) {
            return of(status, "", "Location", location);
        }

        public Response gzipped() {
            return new Response(status, headers, body, true);
        }

        public Response with(String name, String value) {
            List<Map.Entry<String, String>> h = new ArrayList<>(headers);
            h.add(Map.entry(name, value));
            return new Response(status, h, body, gzip);
        }
    }

    /** Which protocols the port speaks and how it answers. Route keys are "https /path", "http /path" or "/path". */
    public static final class Config {
        final Map<String, Function<Request, Response>> routes = new LinkedHashMap<>();
        Function<Request, Response> fallback = r -> Response.of(404, "not found", "Content-Type", "text/plain");
        boolean plain = true;
        boolean tls = true;

        public Config route(String key, Response response) {
            routes.put(key, r -> response);
            return this;
        }

        public Config route(String key, Function<Request, Response> handler) {
            routes.put(key, handler);
            return this;
        }

        public Config fallback(Function<Request, Response> handler) {
            this.fallback = handler;
            return this;
        }

        public Config plainOnly() {
            this.tls = false;
            return this;
        }

        public Config tlsOnly() {
            this.plain = false;
            return this;
        }
    }

    private final ServerSocket server;
    private final Config config;
    private final SSLContext tls;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-site");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackSite(ServerSocket server, Config config, SSLContext tls) {
        this.server = server;
        this.config = config;
        this.tls = tls;
    }

    public static LoopbackSite start(Config config, SSLContext tls) throws IOException {
        return startWith(port -> config, tls);
    }

    /** Binds a loopback port, then builds the config knowing the port (for absolute redirects). */
    public static LoopbackSite startWith(java.util.function.IntFunction<Config> config, SSLContext tls)
            throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        LoopbackSite site = new LoopbackSite(server, config.apply(server.getLocalPort()), tls);
        site.pool.submit(site::acceptLoop);
        return site;
    }

    public int port() {
        return server.getLocalPort();
    }

    public URI https(String path) {
        return URI.create("https://127.0.0.1:" + port() + path);
    }

    public URI http(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                pool.submit(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (Socket s = socket) {
            s.setSoTimeout(10_000);
            PushbackInputStream in = new PushbackInputStream(s.getInputStream(), 1);
            int first = in.read();
            if (first < 0) {
                return;
            }
            if (first == 0x16) {
                if (!config.tls || tls == null) {
                    return;
                }
                SSLSocket secure = (SSLSocket) tls.getSocketFactory()
                        .createSocket(s, new ByteArrayInputStream(new byte[]{(byte) first}), true);
                secure.setUseClientMode(false);
                try (secure) {
                    handle("https", secure.getInputStream(), secure.getOutputStream());
                }
            } else {
                if (!config.plain) {
                    return;
                }
                in.unread(first);
                handle("http", in, s.getOutputStream());
            }
        } catch (IOException e) {
            // Clients that probe and hang up (TLS version tests, timeouts) end here.
        }
    }

    private void handle(String scheme, InputStream in, OutputStream out) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        Request request = new Request(scheme, requestLine[0], requestLine[1], headers);
        requests.add(request);
        String path = request.path();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Function<Request, Response> handler = config.routes.get(scheme + " " + path);
        for (String key : List.of(scheme + " " + bare, path, bare)) {
            if (handler == null) {
                handler = config.routes.get(key);
            }
        }
        Response response = (handler == null ? config.fallback : handler).apply(request);
        byte[] body = response.body();
        List<Map.Entry<String, String>> extra = new ArrayList<>();
        if (response.gzip() && request.header("accept-encoding").orElse("").contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            body = zipped.toByteArray();
            extra.add(Map.entry("Content-Encoding", "gzip"));
        }
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        for (Map.Entry<String, String> h : response.headers()) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        for (Map.Entry<String, String> h : extra) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        boolean noBody = request.method().equals("HEAD") || response.status() == 204 || response.status() == 304;
        sb.append("Content-Length: ").append(noBody ? 0 : body.length).append("\r\n");
        sb.append("Connection: close\r\n\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!noBody) {
            out.write(body);
        }
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int state = 0;
        int c;
        while ((c = in.read()) != -1) {
            buf.write(c);
            state = switch (state) {
                case 0 -> c == '\r' ? 1 : 0;
                case 1 -> c == '\n' ? 2 : 0;
                case 2 -> c == '\r' ? 3 : 0;
                case 3 -> c == '\n' ? 4 : 0;
                default -> 0;
            };
            if (state == 4) {
                return buf.toString(StandardCharsets.ISO_8859_1);
            }
            if (buf.size() > 65536) {
                return null;
            }
        }
        return null;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a test server
        }
        pool.shutdownNow();
    }
}
