package dev.prodready.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol (the JDK's WebSocket client), for opening
 * a rendered report as a user would: it records every request the page makes and every console error.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/chromium"));
    }

    HeadlessChromium() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("chromium did not start");
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String pageWs = null;
        for (JsonNode target : JSON.readTree(list)) {
            if (target.path("type").asText().equals("page")) {
                pageWs = target.path("webSocketDebuggerUrl").asText();
            }
        }
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pageWs), new Listener()).get(10, TimeUnit.SECONDS);
        call("Network.enable", JSON.createObjectNode());
        call("Runtime.enable", JSON.createObjectNode());
        call("Log.enable", JSON.createObjectNode());
        call("Page.enable", JSON.createObjectNode());
    }

    void open(Path file) throws Exception {
        ObjectNode p = JSON.createObjectNode().put("url", file.toUri().toString());
        call("Page.navigate", p);
        loaded.get(20, TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    JsonNode eval(String expression) throws Exception {
        ObjectNode p = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        return call("Runtime.evaluate", p).path("result").path("value");
    }

    byte[] screenshot() throws Exception {
        String data = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).path("data").asText();
        return java.util.Base64.getDecoder().decode(data);
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        return f.get(20, TimeUnit.SECONDS);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                handle(buffer.toString());
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String text) {
            try {
                JsonNode msg = JSON.readTree(text);
                if (msg.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(msg.path("id").asInt());
                    if (f != null) {
                        f.complete(msg.path("result"));
                    }
                    return;
                }
                String method = msg.path("method").asText();
                JsonNode params = msg.path("params");
                switch (method) {
                    case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
                    case "Runtime.exceptionThrown" -> consoleErrors.add(params.path("exceptionDetails").toString());
                    case "Runtime.consoleAPICalled" -> {
                        if (params.path("type").asText().equals("error")) {
                            consoleErrors.add(params.path("args").toString());
                        }
                    }
                    case "Log.entryAdded" -> {
                        if (params.path("entry").path("level").asText().equals("error")) {
                            consoleErrors.add(params.path("entry").path("text").asText());
                        }
                    }
                    case "Page.loadEventFired" -> loaded.complete(null);
                    default -> { }
                }
            } catch (IOException e) {
                consoleErrors.add("unreadable DevTools message: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes (renderer, network, GPU) outlive a killed parent and keep writing into
            // the profile: stop them too, then wait, before the profile is removed.
            List<ProcessHandle> helpers = process.descendants().toList();
            helpers.forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                try {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    helper.destroyForcibly();
                }
            }
            try (var walk = Files.walk(profile)) {
                List<Path> paths = new ArrayList<>(walk.toList());
                java.util.Collections.reverse(paths);
                for (Path p : paths) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // a leftover temp profile is harmless; a file vanishing during the walk is too
            }
        }
    }
}
