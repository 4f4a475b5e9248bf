package dev.gantry.server.http;

import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StepStore;
import dev.gantry.server.store.StoreFailure;
import dev.gantry.server.store.TokenStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.util.List;
import java.util.Map;

/**
 * The HTTP API over an open {@link Database}: Javalin on Jetty, bound to one host and port. {@code GET
 * /api/v1/health} answers without a token; every other request needs {@code Authorization: Bearer TOKEN} (or
 * {@code token TOKEN}) for a token in the {@link TokenStore}, else 401. Request bodies above {@link #MAX_BODY}
 * bytes are refused with 413. Errors are JSON {@code {"message": "…"}}; an unexpected failure is a 500 with a
 * sentence, never a stack trace. Each request is served on its own virtual thread; the database stays the caller's.
 */
public final class ApiServer implements AutoCloseable {

    public static final String HEALTH = "/api/v1/health";
    public static final long MAX_BODY = 1 << 20;
    /** Paths whose modules authenticate requests themselves: hosted git, webhook deliveries, the agent protocol. */
    public static final List<String> PUBLIC_PREFIXES = List.of("/git/", "/api/v1/webhooks/", "/api/v1/agent/");

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on {@code host}:{@code port} (port 0: any free port) and returns once it accepts
     * connections.
     *
     * @throws IllegalStateException when the port cannot be bound, with a message naming it
     */
    public static ApiServer start(Database db, String host, int port) {
        return start(db, host, port, List.of());
    }

    /**
     * Starts serving the core API and every module's routes. A module's paths under {@link #PUBLIC_PREFIXES} do
     * their own authentication (git's basic auth, a webhook's signature); all others need a bearer token.
     */
    public static ApiServer start(Database db, String host, int port, List<ApiModule> modules) {
        TokenStore tokens = new TokenStore(db);
        RepositoryRoutes repos = new RepositoryRoutes(new RepositoryStore(db), new AuditLog(db));
        PathResources paths = new PathResources(new RepositoryStore(db), new RunStore(db), new JobStore(db));
        RunRoutes runs = new RunRoutes(paths, new RepositoryStore(db), new RunStore(db), new StepStore(db),
                new RunLedger(db));
        LogRoutes logs = new LogRoutes(paths, new RunStore(db), new LogStore(db));
        WorkflowRoutes workflows = new WorkflowRoutes(paths, new RunStore(db));
        Javalin app = Javalin.create(config -> {
            configure(config, host);
            config.routes.before(ctx -> authenticate(ctx, tokens));
            config.routes.get(HEALTH, ctx -> Json.send(ctx, 200, Map.of("status", "ok")));
            config.routes.post("/api/v1/repos", repos::create);
            config.routes.get("/api/v1/repos", repos::list);
            String actions = "/api/v1/repos/{owner}/{repo}/actions";
            config.routes.get(actions + "/runs", runs::list);
            config.routes.get(actions + "/runs/{id}", runs::view);
            config.routes.get(actions + "/runs/{id}/jobs", runs::jobs);
            config.routes.get(actions + "/runs/{id}/logs", logs::run);
            config.routes.get(actions + "/jobs/{id}/logs", logs::job);
            config.routes.get(actions + "/workflows", workflows::list);
            config.routes.get("/api/v1/runs", runs::listAll);
            config.routes.get("/api/v1/runs/{id}", runs::viewAny);
            modules.forEach(module -> module.register(config.routes));
            errors(config);
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new ApiServer(app);
    }

    /** The port it listens on (the one chosen when started with 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests and stops Jetty; blocks until it has stopped. Idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    private static void configure(JavalinConfig config, String host) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_BODY;
        config.http.prefer405over404 = true;
        config.concurrency.useVirtualThreads = true;
        config.jetty.host = host;
    }

    private static void authenticate(Context ctx, TokenStore tokens) {
        if (ctx.path().equals(HEALTH) || PUBLIC_PREFIXES.stream().anyMatch(ctx.path()::startsWith)) {
            return;
        }
        var known = BearerToken.of(ctx.header("Authorization")).flatMap(tokens::verify);
        if (known.isEmpty()) {
            throw new ApiRefusal(401, "Requires authentication: send Authorization: Bearer TOKEN with a valid token.");
        }
        Actor.set(ctx, known.get().name());
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiRefusal.class, (e, ctx) -> Json.send(ctx, e.status(), message(e.getMessage())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Json.send(ctx, e.getStatus(),
                message(e.getStatus() == 404 ? "Not found: " + ctx.method() + " " + ctx.path() + "."
                        : e.getStatus() == 405 ? "Method not allowed: " + ctx.method() + " " + ctx.path() + "."
                        : e.getStatus() == 413 ? "The request body is larger than " + MAX_BODY + " bytes."
                        : e.getMessage())));
        config.routes.exception(StoreFailure.class, (e, ctx) -> Json.send(ctx, 503,
                message("The database failed: " + e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> Json.send(ctx, 500,
                message("Internal error: " + e.getClass().getSimpleName() + ".")));
    }

    private static Map<String, String> message(String text) {
        return Map.of("message", text);
    }
}
