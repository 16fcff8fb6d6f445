package io.smp.cli;

import io.smp.engine.report.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol (JDK WebSocket, no extra libraries), for page tests.
 * Starts with networking off, a fresh profile, and one page showing the given URL.
 */
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    /** The browser's executable when this machine has one. */
    static Optional<Path> find() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    Chromium(Path exe, URI page, int width, int height) throws Exception {
        profile = Files.createTempDirectory("smp-chromium-");
        process = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, page.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserWs = waitForDevTools();
        int port = URI.create(browserWs).getPort();
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        for (int tries = 0; tries < 100 && pageWs == null; tries++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (Object o : (List<?>) Json.read(list)) {
                Map<?, ?> t = (Map<?, ?>) o;
                if ("page".equals(t.get("type"))) pageWs = (String) t.get("webSocketDebuggerUrl");
            }
            if (pageWs == null) Thread.sleep(100);
        }
        if (pageWs == null) throw new IllegalStateException("Chromium opened no page");
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener()).get(20, TimeUnit.SECONDS);
    }

    private String waitForDevTools() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe from filling
                        }
                    } catch (IOException ignored) {
                        // browser closed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("Chromium did not start:\n" + seen);
    }

    /** Sends one DevTools command and waits for its result. */
    Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        socket.sendText(Json.write(msg), true).get(20, TimeUnit.SECONDS);
        Map<String, Object> reply = f.get(30, TimeUnit.SECONDS);
        if (reply.get("error") != null) throw new IllegalStateException(method + ": " + reply.get("error"));
        @SuppressWarnings("unchecked") Map<String, Object> result = (Map<String, Object>) reply.get("result");
        return result;
    }

    /** Evaluates a JavaScript expression in the page and returns its JSON-able value. */
    Object eval(String expression) throws Exception {
        Map<String, Object> r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.get("exceptionDetails") != null) throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        return ((Map<?, ?>) r.get("result")).get("value");
    }

    /** Waits until the expression is true. */
    void waitFor(String expression, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(eval(expression))) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out waiting for " + expression);
            Thread.sleep(100);
        }
    }

    void mouse(String type, double x, double y) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("x", x);
        p.put("y", y);
        p.put("button", "left");
        p.put("buttons", type.equals("mouseReleased") ? 0 : 1);
        p.put("clickCount", 1);
        call("Input.dispatchMouseEvent", p);
    }

    /** A PNG screenshot of a rectangle of the page, in CSS pixels. */
    byte[] screenshot(double x, double y, double w, double h) throws Exception {
        Map<String, Object> clip = new LinkedHashMap<>();
        clip.put("x", x);
        clip.put("y", y);
        clip.put("width", w);
        clip.put("height", h);
        clip.put("scale", 1);
        Map<String, Object> r = call("Page.captureScreenshot", Map.of("format", "png", "clip", clip));
        return java.util.Base64.getDecoder().decode((String) r.get("data"));
    }

    @Override
    public void close() throws IOException {
        if (socket != null) socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the browser's helpers may still be flushing their profile for a moment: retry, never fail the test on it
        for (int attempt = 0; attempt < 20 && Files.exists(profile); attempt++) {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking: go round again
            }
            if (Files.exists(profile)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                Object msg = Json.read(buffer.toString());
                buffer.setLength(0);
                if (msg instanceof Map<?, ?> m && m.get("id") instanceof Double id) {
                    @SuppressWarnings("unchecked") Map<String, Object> reply = (Map<String, Object>) m;
                    CompletableFuture<Map<String, Object>> f = pending.remove(id.intValue());
                    if (f != null) f.complete(reply);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
