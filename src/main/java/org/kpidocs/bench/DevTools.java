package org.kpidocs.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client over one page target's WebSocket: numbered commands
 * answered by id, and the next occurrence of a named event. Only what the benchmark needs; one
 * caller at a time.
 */
final class DevTools implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();
    private final WebSocket socket;

    private DevTools(HttpClient http, URI webSocket) throws IOException {
        try {
            socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(webSocket, new Listener()).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while connecting to " + webSocket, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Cannot connect to " + webSocket + ": " + e, e);
        }
    }

    static DevTools connect(HttpClient http, URI webSocket) throws IOException {
        return new DevTools(http, webSocket);
    }

    /**
     * The next occurrence of an event, e.g. {@code Page.loadEventFired}. Ask before sending the
     * command that causes it, so it cannot be missed.
     */
    CompletableFuture<JsonNode> next(String event) {
        return events.computeIfAbsent(event, e -> new CompletableFuture<>());
    }

    /** Sends a command and waits for its result. */
    JsonNode call(String method, ObjectNode params, Duration timeout) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " did not answer: " + e, e);
        } finally {
            replies.remove(id);
        }
    }

    /** Waits for an event obtained from {@link #next}. */
    static JsonNode await(CompletableFuture<JsonNode> event, String what, Duration timeout) throws IOException {
        try {
            return event.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted waiting for " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(what + " did not happen: " + e, e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return; // not ours to judge; the waiting call times out
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.get(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.has("method")) {
            CompletableFuture<JsonNode> waiting = events.remove(message.get("method").asText());
            if (waiting != null) {
                waiting.complete(message.path("params"));
            }
        }
    }

    private void failAll(Throwable cause) {
        replies.values().forEach(f -> f.completeExceptionally(cause));
        events.values().forEach(f -> f.completeExceptionally(cause));
    }

    /** Joins text frames into messages (a printed PDF arrives as one large base64 message in parts). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failAll(new IOException("DevTools connection closed: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failAll(error);
        }
    }
}
