package dev.gantry.api.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent protocol's client over {@code java.net.http}: one method per request, each answering a {@link Reply}.
 * Thread-safe; methods block for the request (a long poll up to its wait plus a margin) and never throw for what
 * the server or the network do, only {@link InterruptedException} when the calling thread is interrupted.
 */
public final class AgentClient {

    /** The header that carries the fencing token of a log upload (its body is the raw log bytes). */
    public static final String FENCING_HEADER = "X-Gantry-Fencing-Token";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_MARGIN = Duration.ofSeconds(15);

    private final HttpClient http;
    private final String server;
    private final Optional<String> token;

    private AgentClient(HttpClient http, String server, Optional<String> token) {
        this.http = http;
        this.server = server;
        this.token = token;
    }

    /** A client of the server at {@code serverUrl} ({@code http://host:port}), without an agent token yet. */
    public static AgentClient of(String serverUrl) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new AgentClient(http, base, Optional.empty());
    }

    /** The same client, authenticating with {@code agentToken}. */
    public AgentClient withToken(String agentToken) {
        return new AgentClient(http, server, Optional.of(Objects.requireNonNull(agentToken, "agentToken")));
    }

    public String server() {
        return server;
    }

    /** Registers with a one-time registration token; the token is spent by a successful registration. */
    public Reply<AgentCredentials> register(Registration registration) throws InterruptedException {
        return send(post("/api/v1/agent/register", registration), AgentCredentials.class, REQUEST_TIMEOUT);
    }

    /**
     * Waits up to {@code wait} (the server caps it at 30 s) for a job whose labels {@code request} serves:
     * {@link Reply.Ok} with the assignment, or {@link Reply.Done} when none came.
     */
    public Reply<Assignment> next(NextJob request, Duration wait) throws InterruptedException {
        long seconds = Math.max(0, wait.toSeconds());
        return send(post("/api/v1/agent/jobs/next?wait=" + seconds, request), Assignment.class,
                wait.plus(POLL_MARGIN));
    }

    /** Renews the lease of job {@code jobId}; a 409 refusal means the token no longer holds it. */
    public Reply<HeartbeatReply> heartbeat(long jobId, long fencingToken) throws InterruptedException {
        return send(post("/api/v1/agent/jobs/" + jobId + "/heartbeat", new Heartbeat(fencingToken)),
                HeartbeatReply.class, REQUEST_TIMEOUT);
    }

    /** Reports step states of a held job. */
    public Reply<JsonNode> steps(long jobId, StepReport report) throws InterruptedException {
        return send(post("/api/v1/agent/jobs/" + jobId + "/steps", report), JsonNode.class, REQUEST_TIMEOUT);
    }

    /** Uploads log chunk {@code sequence} (from 0) of a held job; sending a chunk again is harmless. */
    public Reply<JsonNode> log(long jobId, long sequence, long fencingToken, byte[] chunk)
            throws InterruptedException {
        HttpRequest.Builder request = request("/api/v1/agent/jobs/" + jobId + "/logs/" + sequence)
                .header(FENCING_HEADER, Long.toString(fencingToken))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk));
        return send(request, JsonNode.class, REQUEST_TIMEOUT);
    }

    /** Reports how a held job ended; a 409 refusal means the token no longer holds it. */
    public Reply<JsonNode> complete(long jobId, Completion completion) throws InterruptedException {
        return send(post("/api/v1/agent/jobs/" + jobId + "/complete", completion), JsonNode.class, REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder post(String path, Object body) {
        byte[] json;
        try {
            json = ApiJson.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server + path));
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private <T> Reply<T> send(HttpRequest.Builder request, Class<T> type, Duration timeout)
            throws InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            return new Reply.Unreachable<>("cannot reach the Gantry server at " + server + ": " + describe(e));
        }
        int status = response.statusCode();
        byte[] body = response.body();
        if (status >= 200 && status < 300) {
            if (status == 204 || body.length == 0) {
                return new Reply.Done<>();
            }
            try {
                return new Reply.Ok<>(ApiJson.mapper().readValue(body, type));
            } catch (IOException | RuntimeException e) {
                return new Reply.Unreachable<>("the Gantry server at " + server + " answered " + status
                        + " with a body that is not a " + type.getSimpleName() + ": " + describe(e));
            }
        }
        return new Reply.Refused<>(status, message(body).orElse("HTTP " + status + " from " + server));
    }

    private static Optional<String> message(byte[] body) {
        try {
            JsonNode node = ApiJson.mapper().readTree(body);
            return node != null && node.path("message").isTextual()
                    ? Optional.of(node.get("message").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
