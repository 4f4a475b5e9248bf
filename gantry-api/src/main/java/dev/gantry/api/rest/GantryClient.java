package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.api.ApiJson;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A client of a Gantry server's REST API over {@code java.net.http}, authenticated with an API token. Repository
 * arguments are {@code OWNER/NAME}. Thread-safe; every method blocks for one request (at most
 * {@link #REQUEST_TIMEOUT}, plus a connect timeout) and reports failure with a {@link GantryClientException} whose
 * message is one sentence: the server unreachable, its refusal (its own message), or an unreadable answer.
 */
public final class GantryClient {

    /** The environment variable naming the server, {@code http://HOST:PORT}. */
    public static final String SERVER_VARIABLE = "GANTRY_SERVER";
    /** The environment variable holding the API token. */
    public static final String TOKEN_VARIABLE = "GANTRY_TOKEN";
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String server;
    private final String token;

    private GantryClient(HttpClient http, String server, String token) {
        this.http = http;
        this.server = server;
        this.token = token;
    }

    /**
     * A client of {@code server} ({@code http://host:port}, a trailing slash is fine) with {@code token}.
     *
     * @throws IllegalArgumentException when the server is not an http or https URL with a host
     */
    public static GantryClient of(String server, String token) {
        Objects.requireNonNull(token, "token");
        String base = server.trim().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the server \"" + server + "\" is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("the server \"" + server + "\" is not an http:// or https:// URL");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new GantryClient(http, base, token);
    }

    public String server() {
        return server;
    }

    /** Runs newest first: of one repository, or of all when {@code repository} is empty. */
    public RunPage runs(Optional<String> repository, RunListing listing) throws GantryClientException {
        StringJoiner query = new StringJoiner("&", "?", "");
        listing.status().ifPresent(v -> query.add("status=" + encode(v)));
        listing.branch().ifPresent(v -> query.add("branch=" + encode(v)));
        listing.event().ifPresent(v -> query.add("event=" + encode(v)));
        listing.actor().ifPresent(v -> query.add("actor=" + encode(v)));
        listing.headSha().ifPresent(v -> query.add("head_sha=" + encode(v)));
        query.add("per_page=" + listing.perPage());
        String path = repository.map(r -> actions(r) + "/runs").orElse("/api/v1/runs") + query;
        JsonNode json = getJson(path);
        return read(() -> {
            List<WorkflowRun> runs = new ArrayList<>();
            JsonFields.array(json, "workflow_runs").forEach(run -> runs.add(WorkflowRun.of(run)));
            return new RunPage(JsonFields.number(json, "total_count"), runs);
        });
    }

    /** A run by its id, whichever repository it belongs to. */
    public WorkflowRun run(long runId) throws GantryClientException {
        JsonNode json = getJson("/api/v1/runs/" + runId);
        return read(() -> WorkflowRun.of(json));
    }

    /** The jobs of a run's current attempt, with their steps. */
    public List<WorkflowJob> jobs(String repository, long runId) throws GantryClientException {
        JsonNode json = getJson(actions(repository) + "/runs/" + runId + "/jobs");
        return read(() -> {
            List<WorkflowJob> jobs = new ArrayList<>();
            JsonFields.array(json, "jobs").forEach(job -> jobs.add(WorkflowJob.of(job)));
            return jobs;
        });
    }

    /** One job's whole log. */
    public String jobLog(String repository, long jobId) throws GantryClientException {
        return text(send(request(actions(repository) + "/jobs/" + jobId + "/logs").GET()));
    }

    /** The logs of every job of a run's current attempt, each after a {@code ==> NAME (job ID) <==} line. */
    public String runLog(String repository, long runId) throws GantryClientException {
        return text(send(request(actions(repository) + "/runs/" + runId + "/logs").GET()));
    }

    /** Asks the server to cancel a run; returns once the cancellation is stored. */
    public void cancel(String repository, long runId) throws GantryClientException {
        post(actions(repository) + "/runs/" + runId + "/cancel", Optional.empty());
    }

    /** Re-runs every job of a completed run. */
    public void rerun(String repository, long runId) throws GantryClientException {
        post(actions(repository) + "/runs/" + runId + "/rerun", Optional.empty());
    }

    /** Re-runs the failed jobs of a completed run and the jobs that need them. */
    public void rerunFailedJobs(String repository, long runId) throws GantryClientException {
        post(actions(repository) + "/runs/" + runId + "/rerun-failed-jobs", Optional.empty());
    }

    /** Re-runs one job of a completed run and the jobs that need it. */
    public void rerunJob(String repository, long jobId) throws GantryClientException {
        post(actions(repository) + "/jobs/" + jobId + "/rerun", Optional.empty());
    }

    /**
     * Starts {@code workflow} (a file name such as {@code ci.yml}) at branch or tag {@code ref} with
     * {@code inputs}; returns the id of the run it started when the server tells it.
     */
    public Optional<Long> dispatch(String repository, String workflow, String ref, Map<String, String> inputs)
            throws GantryClientException {
        ObjectNode body = ApiJson.mapper().createObjectNode().put("ref", ref).put("return_run_details", true);
        ObjectNode given = body.putObject("inputs");
        inputs.forEach(given::put);
        HttpResponse<byte[]> response = post(actions(repository) + "/workflows/" + encode(workflow) + "/dispatches",
                Optional.of(body));
        if (response.statusCode() == 204 || response.body().length == 0) {
            return Optional.empty();
        }
        JsonNode json = json(response);
        return json.path("workflow_run_id").canConvertToLong()
                ? Optional.of(json.get("workflow_run_id").asLong()) : Optional.empty();
    }

    /** Every repository, by owner and name. */
    public List<Repository> repositories() throws GantryClientException {
        JsonNode json = getJson("/api/v1/repos");
        return read(() -> {
            List<Repository> repos = new ArrayList<>();
            JsonFields.array(json, "repositories").forEach(repo -> repos.add(Repository.of(repo)));
            return repos;
        });
    }

    /** Registers {@code OWNER/NAME}: hosted by the server, or fetched from {@code url} when given. */
    public Repository createRepository(String repository, Optional<String> url) throws GantryClientException {
        String[] parts = split(repository);
        ObjectNode body = ApiJson.mapper().createObjectNode().put("owner", parts[0]).put("name", parts[1]);
        url.ifPresent(u -> body.put("url", u));
        JsonNode json = json(post("/api/v1/repos", Optional.of(body)));
        return read(() -> Repository.of(json));
    }

    /**
     * Sets the repository secret {@code name} to {@code value} (sent as JSON {@code {"value"}}: use TLS or
     * loopback); true when it was created, false when an existing one was replaced.
     */
    public boolean setSecret(String repository, String name, String value) throws GantryClientException {
        ObjectNode body = ApiJson.mapper().createObjectNode().put("value", value);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send(request(actions(repository) + "/secrets/" + encode(name))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        return response.statusCode() == 201;
    }

    /** The repository's secrets by name: names and times (the server never sends values). */
    public List<Secret> secrets(String repository) throws GantryClientException {
        JsonNode json = getJson(actions(repository) + "/secrets");
        return read(() -> {
            List<Secret> secrets = new ArrayList<>();
            JsonFields.array(json, "secrets").forEach(secret -> secrets.add(Secret.of(secret)));
            return secrets;
        });
    }

    /** Deletes the repository secret {@code name}. */
    public void deleteSecret(String repository, String name) throws GantryClientException {
        send(request(actions(repository) + "/secrets/" + encode(name)).DELETE());
    }

    /**
     * The server's verification of its audit log, as JSON: {@code {"intact": true, "records", "head"}} or
     * {@code {"intact": false, "sequence", "problem", "message"}}. Needs an admin token.
     */
    public JsonNode auditVerification() throws GantryClientException {
        return getJson("/api/v1/audit/verify");
    }

    /**
     * One page of audit records, oldest first, as JSON {@code {"total_count", "records"}}; {@code filters} are the
     * query parameters {@code actor}, {@code action}, {@code subject}, {@code since}, {@code until}. Needs an admin
     * token.
     */
    public JsonNode auditRecords(Map<String, String> filters, int page, int perPage) throws GantryClientException {
        StringJoiner query = new StringJoiner("&", "?", "");
        filters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        query.add("page=" + page);
        query.add("per_page=" + perPage);
        return getJson("/api/v1/audit" + query);
    }

    private static String actions(String repository) {
        String[] parts = split(repository);
        return "/api/v1/repos/" + encode(parts[0]) + "/" + encode(parts[1]) + "/actions";
    }

    private static String[] split(String repository) {
        String[] parts = repository.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("the repository \"" + repository + "\" is not OWNER/NAME");
        }
        return parts;
    }

    private JsonNode getJson(String path) throws GantryClientException {
        return json(send(request(path).GET()));
    }

    private HttpResponse<byte[]> post(String path, Optional<JsonNode> body) throws GantryClientException {
        byte[] bytes = body.map(JsonNode::toString).orElse("").getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws GantryClientException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryClientException.Unreachable("The request to the Gantry server at " + server
                    + " was interrupted.", e);
        } catch (HttpTimeoutException e) {
            throw new GantryClientException.Unreachable("The Gantry server at " + server
                    + " did not answer in time.", e);
        } catch (ConnectException e) {
            throw new GantryClientException.Unreachable("Cannot reach the Gantry server at " + server
                    + ": nothing answers there (is it running?).", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new GantryClientException.Unreachable("Cannot reach the Gantry server at " + server + ": "
                    + describe(e) + ".", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        throw new GantryClientException.Refused(status, message(response.body())
                .orElse("The Gantry server at " + server + " answered HTTP " + status + "."));
    }

    private JsonNode json(HttpResponse<byte[]> response) throws GantryClientException {
        try {
            JsonNode node = ApiJson.mapper().readTree(response.body());
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new GantryClientException.Unreadable("The Gantry server at " + server + " answered "
                    + response.request().uri().getPath() + " with something that is not JSON (is "
                    + server + " a Gantry server?).", e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private <T> T read(Reading<T> reading) throws GantryClientException {
        try {
            return reading.read();
        } catch (IllegalArgumentException e) {
            throw new GantryClientException.Unreadable("The Gantry server at " + server
                    + " sent an answer this client cannot read: " + e.getMessage() + ".", e);
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read();
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
